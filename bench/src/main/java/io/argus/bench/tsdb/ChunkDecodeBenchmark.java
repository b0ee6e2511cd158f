package io.argus.bench.tsdb;

import io.argus.tsdb.chunk.XorChunk;
import io.argus.tsdb.chunk.XorEncoder;
import io.argus.tsdb.chunk.XorIterator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decoding XOR chunks on one thread: 1,000 chunks of 120 samples (15 s scrapes with jitter, mixed
 * counter and gauge values), every sample read. The score is samples per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ChunkDecodeBenchmark {

  static final int CHUNKS = 1_000;
  static final int SAMPLES = 120;

  private XorChunk[] chunks;
  private final XorIterator iterator = new XorIterator();

  @Setup
  public void encode() {
    chunks = new XorChunk[CHUNKS];
    for (int c = 0; c < CHUNKS; c++) {
      XorEncoder encoder = new XorEncoder();
      for (int s = 0; s < SAMPLES; s++) {
        encoder.append(BenchData.scrapeTime(s, c), BenchData.value(s, c));
      }
      chunks[c] = encoder.toChunk();
    }
  }

  @Benchmark
  @OperationsPerInvocation(CHUNKS * SAMPLES)
  public double decodeAllSamples() {
    double sum = 0;
    long timestamps = 0;
    for (XorChunk chunk : chunks) {
      chunk.iterator(iterator);
      while (iterator.next()) {
        timestamps += iterator.timestampMillis();
        sum += iterator.value();
      }
    }
    return sum + timestamps;
  }
}
