package io.argus.promql.engine;

import io.argus.core.label.Labels;
import io.argus.core.storage.StaleMarker;

/**
 * The samples of one selected series over the time range the query needs, loaded once per query.
 * {@code all*} arrays include staleness markers (an instant selector must see them to stop the
 * lookback); {@code timestamps}/{@code values} omit them (range selectors never return them). When
 * there are no markers both pairs are the same arrays.
 */
final class SeriesData {

  final Labels labels;
  final long[] allTimestamps;
  final double[] allValues;
  final long[] timestamps;
  final double[] values;

  SeriesData(Labels labels, long[] allTimestamps, double[] allValues) {
    this.labels = labels;
    this.allTimestamps = allTimestamps;
    this.allValues = allValues;
    int stale = 0;
    for (double value : allValues) {
      if (StaleMarker.isStale(value)) {
        stale++;
      }
    }
    if (stale == 0) {
      timestamps = allTimestamps;
      values = allValues;
    } else {
      int count = allValues.length - stale;
      timestamps = new long[count];
      values = new double[count];
      int target = 0;
      for (int i = 0; i < allValues.length; i++) {
        if (!StaleMarker.isStale(allValues[i])) {
          timestamps[target] = allTimestamps[i];
          values[target] = allValues[i];
          target++;
        }
      }
    }
  }

  // Cursors remembering the last answer of each kind of lookup: steps move forward in time, so
  // the next answer is usually at or just after the previous one. Single-threaded, per query.
  int instantCursor = -1;
  int windowStartCursor = -1;
  int windowEndCursor = -1;

  /**
   * Like {@link #lastAtOrBefore(long[], long)}, starting from a previous answer {@code hint}: a
   * short forward scan when time moved forward a little, a binary search otherwise.
   */
  static int lastAtOrBefore(long[] times, long timeMillis, int hint) {
    if (hint >= 0 && hint < times.length && times[hint] <= timeMillis) {
      int index = hint;
      int limit = Math.min(times.length - 1, hint + 8);
      while (index < limit && times[index + 1] <= timeMillis) {
        index++;
      }
      if (index < limit || index == times.length - 1 || times[index + 1] > timeMillis) {
        return index;
      }
    }
    return lastAtOrBefore(times, timeMillis);
  }

  /** The index of the last element of {@code times} that is {@code <= timeMillis}, or -1. */
  static int lastAtOrBefore(long[] times, long timeMillis) {
    int low = 0;
    int high = times.length - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (times[mid] <= timeMillis) {
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return high;
  }
}
