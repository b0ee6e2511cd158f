package io.argus.ingest.remotewrite;

/**
 * What happens to the good part of a request that also holds bad data (invalid labels, samples the
 * storage refuses as out of order, duplicate or too old). Either way the answer is 400 with the
 * first error, so the sender drops the request instead of retrying it forever.
 */
public enum PartialWritePolicy {
  /**
   * Prometheus' receiver behaviour (and the 2.0 spec's, whose written-headers report the partial
   * result): commit every valid sample, report the first error.
   */
  APPEND_VALID,
  /** Roll the whole request back: nothing of a rejected request is stored. */
  ATOMIC
}
