package io.argus.tsdb;

import io.argus.core.label.Labels;
import io.argus.core.label.Matcher;
import io.argus.core.storage.Querier;
import io.argus.core.storage.Queryable;
import io.argus.core.storage.SampleIterator;
import io.argus.core.storage.SeriesSet;
import io.argus.tsdb.wal.WalOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Helpers shared by the TSDB tests. */
final class TsdbTestSupport {

  private TsdbTestSupport() {}

  /** Options for tests: 16 KiB segments, no background thread. */
  static TsdbOptions testOptions() {
    return TsdbOptions.defaults()
        .withWal(WalOptions.defaults().withSegmentSizeBytes(16 * 1024))
        .withTruncationCheckIntervalMillis(0);
  }

  /** Every series with a metric name, and its samples as "t=bits" strings, in label order. */
  static Map<Labels, List<String>> dump(Queryable queryable) {
    Map<Labels, List<String>> result = new LinkedHashMap<>();
    try (Querier querier = queryable.querier(Long.MIN_VALUE, Long.MAX_VALUE)) {
      SeriesSet set = querier.select(true, null, Matcher.regex("__name__", ".+"));
      SampleIterator reuse = null;
      while (set.next()) {
        List<String> samples = new ArrayList<>();
        reuse = set.at().iterator(reuse);
        while (reuse.next()) {
          samples.add(reuse.timestampMillis() + "=" + Long.toHexString(Double.doubleToRawLongBits(reuse.value())));
        }
        result.put(set.at().labels(), samples);
      }
    }
    return result;
  }

  static String sample(long t, double v) {
    return t + "=" + Long.toHexString(Double.doubleToRawLongBits(v));
  }
}
