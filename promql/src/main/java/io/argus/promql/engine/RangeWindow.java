package io.argus.promql.engine;

import java.util.List;

/**
 * A range vector evaluated at one step: its series' windows and the window bounds that
 * extrapolating functions need.
 *
 * @param startMillis the exclusive start of the window (after offset and {@code @})
 * @param endMillis the inclusive end of the window
 */
record RangeWindow(List<RangeSeries> series, long startMillis, long endMillis) {

  long rangeMillis() {
    return endMillis - startMillis;
  }
}
