package io.argus.ingest.remotewrite;

import java.util.Map;

/**
 * What the HTTP layer answers a remote write request with.
 *
 * @param httpStatus 204 when everything was stored; 400 for bad data (senders drop it), 413 for a
 *     body over the size limit, 415 for an unsupported Content-Type or Content-Encoding, 500 when
 *     the storage failed (senders retry)
 * @param message empty on success, otherwise the cause: what was expected, what was found, and the
 *     series when one series was at fault; ends with how many samples were rejected
 * @param protocol the protocol of the request, or null when the Content-Type was not understood
 * @param samplesWritten float samples committed
 * @param histogramsWritten native histogram samples committed (always 0: the storage interface has
 *     no histogram append yet)
 * @param exemplarsWritten exemplars committed (always 0: the storage interface has no exemplar append
 *     yet)
 * @param samplesRejected float samples of the request that were not committed
 */
public record WriteResult(
    int httpStatus,
    String message,
    RemoteWriteProtocol protocol,
    long samplesWritten,
    long histogramsWritten,
    long exemplarsWritten,
    long samplesRejected) {

  public static final String SAMPLES_WRITTEN_HEADER = "X-Prometheus-Remote-Write-Samples-Written";
  public static final String HISTOGRAMS_WRITTEN_HEADER = "X-Prometheus-Remote-Write-Histograms-Written";
  public static final String EXEMPLARS_WRITTEN_HEADER = "X-Prometheus-Remote-Write-Exemplars-Written";

  public WriteResult {
    message = message == null ? "" : message;
  }

  /** Whether the request was fully stored. */
  public boolean success() {
    return httpStatus / 100 == 2;
  }

  /**
   * The response headers to set. Remote write 2.0 requires the three written-counts headers on
   * every response, including errors; 1.0 has none.
   */
  public Map<String, String> responseHeaders() {
    if (protocol != RemoteWriteProtocol.V2) {
      return Map.of();
    }
    return Map.of(
        SAMPLES_WRITTEN_HEADER, Long.toString(samplesWritten),
        HISTOGRAMS_WRITTEN_HEADER, Long.toString(histogramsWritten),
        EXEMPLARS_WRITTEN_HEADER, Long.toString(exemplarsWritten));
  }
}
