package io.argus.bench.ingest;

import io.argus.core.label.Labels;
import io.argus.core.storage.Appendable;
import io.argus.core.storage.Appender;
import io.argus.ingest.remotewrite.RemoteWriteHandler;
import io.argus.ingest.remotewrite.RemoteWriteProtocol;
import io.argus.ingest.remotewrite.RemoteWriteReceiverConfig;
import io.argus.ingest.remotewrite.WriteResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Remote write receiving cost without storage: each invocation takes one snappy-compressed 1.0 body
 * of {@link #SERIES} series with ten labels and one sample each, checks the headers, decompresses,
 * decodes, validates and appends every sample into a no-op appender, and commits. The score is
 * samples per second on one thread. {@code seriesCache=true} is the steady state of a sender that
 * keeps sending the same series with the series cache on; {@code false} (the default receiver
 * configuration) decodes every label string each time.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RemoteWriteDecodeBenchmark {

  static final int SERIES = 2000;

  @Param({"true", "false"})
  public boolean seriesCache;

  private byte[] body;
  private RemoteWriteHandler handler;

  @Setup(Level.Trial)
  public void setUp() {
    body = RemoteWritePayloads.version1(SERIES, 1_700_000_000_000L);
    RemoteWriteReceiverConfig config = RemoteWriteReceiverConfig.defaults();
    handler = new RemoteWriteHandler(new NoOpAppendable(), config.withSeriesCacheSize(seriesCache ? 100_000 : 0));
    System.out.printf("%nbody: %d series, %d bytes snappy (%.1f bytes/sample)%n", SERIES, body.length,
        body.length / (double) SERIES);
    WriteResult check = handler.write(RemoteWriteProtocol.V1.contentType(), "snappy", "0.1.0", body);
    if (check.httpStatus() != 204 || check.samplesWritten() != SERIES) {
      throw new IllegalStateException("benchmark body refused: " + check);
    }
  }

  @Benchmark
  @OperationsPerInvocation(SERIES)
  public long version1() {
    return handler.write(RemoteWriteProtocol.V1.contentType(), "snappy", "0.1.0", body).samplesWritten();
  }

  /** Accepts everything and keeps nothing; hands out a constant series reference. */
  static final class NoOpAppendable implements Appendable {
    @Override
    public Appender appender() {
      return new Appender() {
        private long sink;

        @Override
        public long append(long seriesRef, Labels labels, long timestampMillis, double value) {
          sink += labels.hashCode() + timestampMillis;
          return 1;
        }

        @Override
        public void commit() {}

        @Override
        public void rollback() {}
      };
    }
  }
}
