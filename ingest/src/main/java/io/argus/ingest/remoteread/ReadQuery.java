package io.argus.ingest.remoteread;

import io.argus.core.label.Matcher;
import io.argus.core.storage.SelectHints;
import java.util.List;

/**
 * One query of a remote read request.
 *
 * @param startTimestampMillis the earliest sample time, inclusive
 * @param endTimestampMillis the latest sample time, inclusive
 * @param matchers the label matchers, all of which a series must satisfy
 * @param hints the reader's hints, or null when it sent none
 */
public record ReadQuery(long startTimestampMillis, long endTimestampMillis, List<Matcher> matchers, SelectHints hints) {

  public ReadQuery {
    matchers = List.copyOf(matchers);
  }
}
