package io.argus.alertmanager.config;

/**
 * The {@code global:} section: defaults for receivers and the resolve timeout that ends alerts
 * posted without {@code endsAt}. Absent strings are empty. Defaults are Alertmanager 0.25's.
 */
public record GlobalConfig(
    long resolveTimeoutMillis,
    HttpClientConfig httpConfig,
    String smtpFrom,
    String smtpHello,
    String smtpSmarthost,
    String smtpAuthUsername,
    String smtpAuthPassword,
    String smtpAuthPasswordFile,
    String smtpAuthIdentity,
    String smtpAuthSecret,
    boolean smtpRequireTls,
    String slackApiUrl,
    String pagerdutyUrl,
    String opsgenieApiUrl,
    String telegramApiUrl) {

  public static final long DEFAULT_RESOLVE_TIMEOUT_MILLIS = 5 * 60_000L;

  public static GlobalConfig defaults() {
    return new GlobalConfig(DEFAULT_RESOLVE_TIMEOUT_MILLIS, HttpClientConfig.defaults(), "",
        "localhost", "", "", "", "", "", "", true, "",
        "https://events.pagerduty.com/v2/enqueue", "https://api.opsgenie.com/",
        "https://api.telegram.org");
  }
}
