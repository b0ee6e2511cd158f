package io.argus.core.storage;

import java.util.List;

/**
 * What a query will do with selected data, so storage may skip work (decode fewer chunks, push
 * aggregation down in scale-out mode). Every field is advisory.
 *
 * @param startMillis the earliest time the query reads, inclusive
 * @param endMillis the latest time the query reads, inclusive
 * @param stepMillis the range query step, 0 for instant queries
 * @param function the PromQL function that surrounds the selector, or null
 * @param rangeMillis the range of a range selector, 0 for an instant selector
 * @param grouping the aggregation's labels, empty when none
 * @param by whether {@code grouping} is a {@code by} list (true) or a {@code without} list
 */
public record SelectHints(
    long startMillis,
    long endMillis,
    long stepMillis,
    String function,
    long rangeMillis,
    List<String> grouping,
    boolean by) {

  public SelectHints {
    grouping = grouping == null ? List.of() : List.copyOf(grouping);
  }

  /** Hints that only state the time range. */
  public static SelectHints range(long startMillis, long endMillis) {
    return new SelectHints(startMillis, endMillis, 0, null, 0, List.of(), false);
  }
}
