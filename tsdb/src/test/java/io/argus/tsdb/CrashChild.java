package io.argus.tsdb;

import io.argus.core.label.Labels;
import io.argus.core.label.Matcher;
import io.argus.core.storage.Appender;
import io.argus.core.storage.Querier;
import io.argus.core.storage.SampleIterator;
import io.argus.core.storage.SeriesSet;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The child JVM of {@link TsdbCrashTest}: opens the TSDB, continues from the newest round it finds,
 * and commits one sample per series per round forever, printing {@code committed <round>} after each
 * commit returns, and truncating the head (with a checkpoint) every 100 rounds. It is killed with
 * SIGKILL at a random moment.
 */
public final class CrashChild {

  static final int SERIES = 20;
  static final long STEP_MILLIS = 1_000;

  private CrashChild() {}

  static Labels series(int i) {
    return Labels.of("__name__", "crash_test", "series", Integer.toString(i));
  }

  public static void main(String[] args) {
    PrintStream out = System.out;
    try (Tsdb tsdb = Tsdb.open(Path.of(args[0]), TsdbTestSupport.testOptions())) {
      long round = nextRound(tsdb);
      out.println("started " + round);
      out.flush();
      long[] refs = new long[SERIES];
      while (true) {
        Appender appender = tsdb.appender();
        for (int i = 0; i < SERIES; i++) {
          refs[i] = appender.append(refs[i], series(i), round * STEP_MILLIS, round + i / 100.0);
        }
        appender.commit();
        out.println("committed " + round);
        out.flush();
        if (round % 100 == 99) {
          tsdb.truncateHead((round - 50) * STEP_MILLIS);
        }
        round++;
      }
    }
  }

  private static long nextRound(Tsdb tsdb) {
    long max = -1;
    try (Querier querier = tsdb.querier(Long.MIN_VALUE, Long.MAX_VALUE)) {
      SeriesSet set = querier.select(false, null, Matcher.equal("__name__", "crash_test"));
      while (set.next()) {
        SampleIterator iterator = set.at().iterator(null);
        while (iterator.next()) {
          max = Math.max(max, iterator.timestampMillis() / STEP_MILLIS);
        }
      }
    }
    return max + 1;
  }
}
