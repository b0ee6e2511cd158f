package io.argus.tsdb;

import static io.argus.tsdb.TsdbTestSupport.dump;
import static io.argus.tsdb.TsdbTestSupport.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argus.core.label.Labels;
import io.argus.core.storage.Appender;
import io.argus.core.storage.StorageException;
import io.argus.tsdb.wal.SegmentChannel;
import io.argus.tsdb.wal.WalOptions;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up under the write-ahead log: the failing commit gets a clear error and leaves
 * nothing behind, reads go on, and commits succeed again once space returns.
 */
class TsdbDiskFullTest {

  private static final Labels SERIES = Labels.of("__name__", "disk", "job", "x");

  @TempDir Path directory;

  /** Space left on the fake disk; writes beyond it are cut short, as a real full disk does. */
  private final AtomicLong freeBytes = new AtomicLong(Long.MAX_VALUE);

  @Test
  void aFullDiskFailsTheCommitCleanlyAndWritesResumeWhenSpaceReturns() {
    TsdbOptions options =
        TsdbTestSupport.testOptions().withWal(WalOptions.defaults().withOpener(this::limitedFile));
    try (Tsdb tsdb = Tsdb.open(directory, options)) {
      commit(tsdb, 1_000, 1);
      commit(tsdb, 2_000, 2);

      freeBytes.set(10); // less than one samples record
      Appender failing = tsdb.appender();
      failing.append(0, SERIES, 3_000, 3);
      failing.append(0, Labels.of("__name__", "disk", "job", "new_series"), 3_000, 3);
      assertThatThrownBy(failing::commit)
          .isInstanceOf(StorageException.class)
          .hasMessageContaining("No space left on device")
          .hasMessageContaining("write-ahead log write")
          .hasMessageContaining("the commit is not durable");
      assertThat(tsdb.metrics().wal().writesFailedTotal()).isEqualTo(1);

      // Reads go on and do not see the failed batch.
      assertThat(dump(tsdb).get(SERIES)).containsExactly(sample(1_000, 1), sample(2_000, 2));

      freeBytes.set(Long.MAX_VALUE); // space returns
      commit(tsdb, 3_000, 3);
      commit(tsdb, 4_000, 4);
    }
    try (Tsdb tsdb = Tsdb.open(directory, TsdbTestSupport.testOptions())) {
      assertThat(tsdb.replayResult().corruptions()).as("the half-written batch was undone").isEmpty();
      List<String> samples = dump(tsdb).get(SERIES);
      assertThat(samples)
          .containsExactly(sample(1_000, 1), sample(2_000, 2), sample(3_000, 3), sample(4_000, 4));
    }
  }

  private static void commit(Tsdb tsdb, long t, double v) {
    Appender appender = tsdb.appender();
    appender.append(0, SERIES, t, v);
    appender.commit();
  }

  private SegmentChannel limitedFile(Path path) throws IOException {
    SegmentChannel file = SegmentChannel.createFile(path);
    return new SegmentChannel() {
      @Override
      public void write(ByteBuffer source) throws IOException {
        long free = freeBytes.get();
        if (source.remaining() > free) {
          ByteBuffer partial = source.duplicate();
          partial.limit(partial.position() + (int) free);
          file.write(partial); // a short write, then the error
          throw new IOException("No space left on device");
        }
        file.write(source);
      }

      @Override
      public void truncate(long sizeBytes) throws IOException {
        file.truncate(sizeBytes);
      }

      @Override
      public void force() throws IOException {
        file.force();
      }

      @Override
      public void close() throws IOException {
        file.close();
      }
    };
  }
}
