package io.argus.ingest.sender;

import io.argus.core.label.Labels;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

/**
 * One {@code remote_write} entry, as the server's configuration loader builds it.
 *
 * @param name the queue's name ({@code name:} or a hash of the config, as Prometheus names it),
 *     used in logs and as the {@code remote_name} label of the queue's metrics
 * @param url where to POST
 * @param remoteTimeout the timeout of one request
 * @param headers extra request headers
 * @param authorization basic, bearer or none
 * @param writeRelabel {@code write_relabel_configs} as a function: the labels to send, or null to
 *     drop the series; applied once per distinct series and cached
 * @param queue the queue configuration
 */
public record RemoteWriteEndpoint(
    String name,
    URI url,
    Duration remoteTimeout,
    Map<String, String> headers,
    Authorization authorization,
    Function<Labels, Labels> writeRelabel,
    QueueConfig queue) {

  public RemoteWriteEndpoint {
    if (url == null) {
      throw new IllegalArgumentException("remote_write needs a url");
    }
    headers = Map.copyOf(headers == null ? Map.of() : headers);
    authorization = authorization == null ? new Authorization.None() : authorization;
    writeRelabel = writeRelabel == null ? Function.identity() : writeRelabel;
    remoteTimeout = remoteTimeout == null ? Duration.ofSeconds(30) : remoteTimeout;
    queue = queue == null ? QueueConfig.defaults() : queue;
    name = name == null || name.isEmpty() ? url.toString() : name;
  }

  /** An endpoint with Prometheus' defaults and no relabeling or authentication. */
  public static RemoteWriteEndpoint of(URI url) {
    return new RemoteWriteEndpoint(null, url, null, null, null, null, null);
  }
}
