package io.argus.scrape.target;

/**
 * The outcome of a target's last scrape.
 *
 * @param lastError the error of the last scrape, "" when it succeeded
 * @param lastScrapeMillis when the last scrape started, epoch milliseconds; 0 if none yet
 */
public record TargetState(
    TargetHealth health, String lastError, long lastScrapeMillis, long lastScrapeDurationMillis) {

  public static final TargetState UNKNOWN = new TargetState(TargetHealth.UNKNOWN, "", 0, 0);
}
