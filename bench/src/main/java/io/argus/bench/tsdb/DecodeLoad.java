package io.argus.bench.tsdb;

import io.argus.tsdb.chunk.XorChunk;
import io.argus.tsdb.chunk.XorEncoder;
import io.argus.tsdb.chunk.XorIterator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Chunk decoding throughput per CPU second of the decoding thread, for machines too busy for
 * wall-clock JMH scores to mean much: the same data as {@link ChunkDecodeBenchmark}, decoded
 * repeatedly for about 20 s after a warm-up, reporting samples per thread-CPU second per round.
 *
 * <pre>java -cp bench/target/benchmarks.jar io.argus.bench.tsdb.DecodeLoad</pre>
 */
public final class DecodeLoad {

  private DecodeLoad() {}

  public static void main(String[] args) {
    XorChunk[] chunks = new XorChunk[ChunkDecodeBenchmark.CHUNKS];
    for (int c = 0; c < chunks.length; c++) {
      XorEncoder encoder = new XorEncoder();
      for (int s = 0; s < ChunkDecodeBenchmark.SAMPLES; s++) {
        encoder.append(BenchData.scrapeTime(s, c), BenchData.value(s, c));
      }
      chunks[c] = encoder.toChunk();
    }
    long bytes = 0;
    for (XorChunk chunk : chunks) {
      bytes += chunk.bytes().length;
    }
    System.out.printf(
        "%d chunks of %d samples, %.2f bytes/sample%n",
        chunks.length, ChunkDecodeBenchmark.SAMPLES, (double) bytes / (chunks.length * ChunkDecodeBenchmark.SAMPLES));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    XorIterator iterator = new XorIterator();
    double sink = 0;
    for (int round = 0; round < 20; round++) {
      long cpuStart = threads.getCurrentThreadCpuTime();
      long samples = 0;
      for (int pass = 0; pass < 200; pass++) {
        for (XorChunk chunk : chunks) {
          chunk.iterator(iterator);
          while (iterator.next()) {
            sink += iterator.value() + iterator.timestampMillis();
            samples++;
          }
        }
      }
      double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
      System.out.printf("round %2d: %,.0f samples per CPU second%n", round, samples / cpuSeconds);
    }
    System.out.println(sink == 42 ? "" : "done");
  }
}
