package io.argus.alertmanager.config;

import java.util.List;
import java.util.Map;

/**
 * An {@code email_configs:} entry after defaults from {@code global:} are applied. {@code
 * smarthost} is {@code host:port}; absent strings are empty. {@code headers} are extra literal
 * headers (Go templates in them are refused at load time, as Argus does not render templates yet).
 */
public record EmailConfig(
    boolean sendResolved,
    List<String> to,
    String from,
    String hello,
    String smarthost,
    String authUsername,
    String authPassword,
    String authPasswordFile,
    String authIdentity,
    boolean requireTls,
    Map<String, String> headers) {

  public EmailConfig {
    to = List.copyOf(to);
    headers = Map.copyOf(headers);
  }

  /** The host part of {@code smarthost}. */
  public String smarthostHost() {
    int colon = smarthost.lastIndexOf(':');
    String host = smarthost.substring(0, colon);
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }

  /** The port part of {@code smarthost}. */
  public int smarthostPort() {
    return Integer.parseInt(smarthost.substring(smarthost.lastIndexOf(':') + 1));
  }
}
