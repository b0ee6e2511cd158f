package io.argus.tsdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.argus.core.storage.Appender;
import io.argus.core.storage.Querier;
import io.argus.tsdb.head.HeadOptions;
import io.argus.tsdb.wal.WalOptions;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The querier contract against a TSDB whose older chunks were persisted as a block and that was
 * reopened: every series is then read partly from the block and partly from the head.
 */
class TsdbBlocksQuerierContractTest extends QuerierContractTest {

  @TempDir Path directory;
  private Tsdb tsdb;

  static TsdbOptions options() {
    // Four samples per chunk, so truncating at 5 s moves the chunk [0 s, 3 s] of each series out.
    return new TsdbOptions(
        HeadOptions.DEFAULT_CHUNK_RANGE_MILLIS, 2 * HeadOptions.DEFAULT_CHUNK_RANGE_MILLIS, 4, true,
        WalOptions.defaults().withSegmentSizeBytes(16 * 1024), null, 0);
  }

  @Override
  protected Storage openStorage() {
    tsdb = Tsdb.open(directory, options());
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
      }
    };
  }

  /** Runs after the contract's setup has appended its data. */
  @BeforeEach
  void persistTheOldestChunksAndReopen() {
    tsdb.truncateHead(5_000);
    assertThat(tsdb.blocks().blocks()).hasSize(1);
    tsdb.close();
    tsdb = Tsdb.open(directory, options());
    assertThat(tsdb.blocks().blocks()).hasSize(1);
    assertThat(tsdb.head().minTimeMillis()).isEqualTo(4_000);
  }
}
