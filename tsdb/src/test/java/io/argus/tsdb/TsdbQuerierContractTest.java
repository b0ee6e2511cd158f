package io.argus.tsdb;

import io.argus.core.storage.Appender;
import io.argus.core.storage.Querier;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The querier contract against a WAL-backed TSDB that was closed and reopened once. */
class TsdbQuerierContractTest extends QuerierContractTest {

  @TempDir Path directory;

  @Override
  protected Storage openStorage() {
    Tsdb tsdb = Tsdb.open(directory, TsdbTestSupport.testOptions());
    return new Storage() {
      @Override
      public Appender appender() {
        return tsdb.appender();
      }

      @Override
      public Querier querier(long minTimeMillis, long maxTimeMillis) {
        return tsdb.querier(minTimeMillis, maxTimeMillis);
      }

      @Override
      public void close() {
        tsdb.close();
        // Reopening must give back what was committed: the contract's data survives replay.
        try (Tsdb reopened = Tsdb.open(directory, TsdbTestSupport.testOptions())) {
          if (!TsdbTestSupport.dump(reopened).keySet().containsAll(java.util.List.of(
              io.argus.core.label.Labels.of("__name__", "up", "job", "db")))) {
            throw new AssertionError("replay lost the series committed by the contract's setup");
          }
        }
      }
    };
  }
}
