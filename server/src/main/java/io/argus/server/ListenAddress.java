package io.argus.server;

/**
 * A {@code host:port} to listen on, as Prometheus writes it: {@code 0.0.0.0:9090}, {@code :9090}
 * (all interfaces), {@code [::1]:9090}.
 *
 * @param host the host, empty for all interfaces
 */
public record ListenAddress(String host, int port) {

  public ListenAddress {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port " + port + " is out of range 0-65535");
    }
  }

  /** Parses {@code host:port}. */
  public static ListenAddress parse(String text) {
    int colon = text.lastIndexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("address " + text + ": missing port in address");
    }
    String host = text.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    String port = text.substring(colon + 1);
    try {
      return new ListenAddress(host, Integer.parseInt(port));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("address " + text + ": invalid port \"" + port + "\"");
    }
  }

  /** The address a local client can reach the server on, e.g. for the self-scrape target. */
  public String localTarget() {
    String reachable = host.isEmpty() || host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
    return (reachable.contains(":") ? "[" + reachable + "]" : reachable) + ":" + port;
  }

  @Override
  public String toString() {
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }
}
