package io.argus.ingest.remoteread;

import java.util.List;

/**
 * A decoded remote read request.
 *
 * @param queries the queries, answered in this order
 * @param acceptedResponseTypes the response types the reader accepts, in its order of preference;
 *     empty means SAMPLES (old readers send none); unknown numbers are left out
 */
public record ReadRequest(List<ReadQuery> queries, List<ResponseType> acceptedResponseTypes) {

  public ReadRequest {
    queries = List.copyOf(queries);
    acceptedResponseTypes = List.copyOf(acceptedResponseTypes);
  }
}
