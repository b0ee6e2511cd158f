package io.argus.alertmanager.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code email_configs:} entries with Alertmanager's defaults from {@code global:} ({@code
 * smtp_from}, {@code smtp_smarthost}, {@code smtp_hello}, {@code smtp_auth_*}, {@code
 * smtp_require_tls}) and {@code send_resolved: false}. Fields that would need Go template
 * rendering ({@code html}, {@code text}, templated headers) are refused until Argus renders
 * templates, rather than sent unrendered.
 */
final class EmailConfigReader {

  private static final Set<String> KEYS = Set.of("send_resolved", "to", "from", "hello", "smarthost",
      "auth_username", "auth_password", "auth_password_file", "auth_secret", "auth_identity",
      "require_tls", "tls_config", "headers", "html", "text");

  private EmailConfigReader() {}

  static EmailConfig read(YamlNode node, GlobalConfig global) {
    YamlNode.Mapping email = node.mapping("an email config");
    for (String key : List.of("html", "text", "tls_config", "auth_secret")) {
      YamlNode value = email.get(key);
      if (value != null) {
        throw value.error("email_configs." + key + " is not supported by Argus yet"
            + (key.equals("html") || key.equals("text") ? " (Go templates are not rendered yet; "
                + "the built-in subject and body are used)" : ""));
      }
    }
    boolean sendResolved = email.bool("send_resolved", false);
    YamlNode toNode = email.get("to");
    String to = email.string("to", "");
    String from = email.string("from", global.smtpFrom());
    String hello = email.string("hello", global.smtpHello());
    YamlNode smarthostNode = email.get("smarthost");
    String smarthost = email.string("smarthost", global.smtpSmarthost());
    String username = email.string("auth_username", global.smtpAuthUsername());
    String password = email.string("auth_password", global.smtpAuthPassword());
    String passwordFile = email.string("auth_password_file",
        email.has("auth_password") ? "" : global.smtpAuthPasswordFile());
    String identity = email.string("auth_identity", global.smtpAuthIdentity());
    boolean requireTls = email.bool("require_tls", global.smtpRequireTls());
    Map<String, String> headers = new LinkedHashMap<>();
    YamlNode headersNode = email.get("headers");
    if (headersNode != null) {
      for (Map.Entry<String, String> header : headersNode.stringMap("headers").entrySet()) {
        if (header.getValue().contains("{{")) {
          throw headersNode.error("header " + header.getKey()
              + " uses a Go template, which Argus does not render yet");
        }
        headers.put(header.getKey(), header.getValue());
      }
    }
    email.finish(KEYS);
    if (to.isEmpty()) {
      throw node.error("missing to address in email config");
    }
    if (to.contains("{{")) {
      throw toNode.error("a Go template in to is not rendered by Argus yet");
    }
    if (from.isEmpty()) {
      throw node.error("no global SMTP from set");
    }
    if (smarthost.isEmpty()) {
      throw node.error("no global SMTP smarthost set");
    }
    int colon = smarthost.lastIndexOf(':');
    if (colon <= 0 || !smarthost.substring(colon + 1).matches("[0-9]{1,5}")) {
      throw (smarthostNode != null ? smarthostNode : node).error(
          "address " + smarthost + ": expected host:port for the smarthost");
    }
    if (!password.isEmpty() && !passwordFile.isEmpty()) {
      throw node.error("at most one of auth_password & auth_password_file must be configured");
    }
    List<String> recipients = new ArrayList<>();
    for (String address : to.split(",")) {
      if (!address.isBlank()) {
        recipients.add(address.strip());
      }
    }
    return new EmailConfig(sendResolved, recipients, from, hello, smarthost, username, password,
        passwordFile, identity, requireTls, headers);
  }
}
