package io.argus.tsdb.wal;

import io.argus.core.label.Labels;
import io.argus.core.storage.StorageException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.Stream;

/**
 * Folds the previous checkpoint and the closed segments up to some index into a new checkpoint that
 * keeps only what the head still holds: the records of live series and their samples and tombstones
 * not older than the head's new lower bound. Written to a temporary directory, synced, renamed into
 * place, and only then are the folded segments and older checkpoints deleted, so a crash at any point
 * leaves either the old or the new state, never neither.
 */
public final class Checkpointer {

  private static final System.Logger LOG = System.getLogger(Checkpointer.class.getName());
  private static final int SAMPLES_PER_RECORD = 10_000;

  private final Path directory;
  private final WalMetrics metrics;

  public Checkpointer(Path directory, WalMetrics metrics) {
    this.directory = directory;
    this.metrics = metrics;
  }

  /** What a checkpoint kept and deleted. */
  public record Result(int throughSegment, long seriesKept, long samplesKept, int segmentsDeleted) {}

  /**
   * Creates {@code checkpoint.<throughSegment>} and deletes what it replaces.
   *
   * @param keepSeries whether a series id is still in the head
   * @param minTimeMillis samples and tombstones older than this are dropped
   * @throws StorageException if the checkpoint could not be written; the log is then unchanged
   */
  public Result create(int throughSegment, IntPredicate keepSeries, long minTimeMillis) {
    Path temporary = directory.resolve(WalFormat.checkpointName(throughSegment) + ".tmp");
    Path target = directory.resolve(WalFormat.checkpointName(throughSegment));
    try {
      deleteRecursively(temporary);
      Files.createDirectories(temporary);
      Filter filter = new Filter(keepSeries, minTimeMillis, temporary.resolve(WalFormat.segmentName(0)));
      try {
        fold(filter, throughSegment);
      } finally {
        filter.close();
      }
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
      WalWriter.syncDirectory(directory);
      metrics.checkpointCreations.increment();
      int deleted = deleteFolded(throughSegment);
      metrics.truncations.increment();
      LOG.log(
          Level.INFO,
          "write-ahead log checkpoint {0} written: {1} series, {2} samples kept, {3} segments deleted",
          target,
          filter.seriesKept,
          filter.samplesKept,
          deleted);
      return new Result(throughSegment, filter.seriesKept, filter.samplesKept, deleted);
    } catch (IOException | RuntimeException e) {
      metrics.checkpointFailures.increment();
      try {
        deleteRecursively(temporary);
      } catch (IOException ignored) {
        // The next checkpoint attempt deletes it again.
      }
      throw new StorageException("cannot create write-ahead log checkpoint " + target + ": " + e.getMessage(), e);
    }
  }

  /** Feeds the previous checkpoint and the segments it replaces through {@code filter}. */
  private void fold(Filter filter, int throughSegment) throws IOException {
    {
      int previous = WalFormat.lastCheckpoint(directory);
      List<Path> sources = new ArrayList<>();
      if (previous >= 0 && previous < throughSegment) {
        Path previousDir = directory.resolve(WalFormat.checkpointName(previous));
        for (int index : WalFormat.segmentIndexes(previousDir)) {
          sources.add(previousDir.resolve(WalFormat.segmentName(index)));
        }
      }
      for (int index : WalFormat.segmentIndexes(directory)) {
        if (index <= throughSegment && index > previous) {
          sources.add(directory.resolve(WalFormat.segmentName(index)));
        }
      }
      RecordDecoder decoder = new RecordDecoder();
      for (Path source : sources) {
        try (SegmentReader reader = new SegmentReader(source)) {
          while (reader.next()) {
            decoder.decode(reader.type(), reader.buffer(), reader.payloadOffset(), reader.length(), filter);
          }
          if (reader.problem() != null) {
            throw new IOException(source + " at offset " + reader.problemOffset() + ": " + reader.problem());
          }
        }
      }
      filter.finish();
    }
  }

  private int deleteFolded(int throughSegment) throws IOException {
    int deleted = 0;
    for (int index : WalFormat.segmentIndexes(directory)) {
      if (index <= throughSegment) {
        Files.deleteIfExists(directory.resolve(WalFormat.segmentName(index)));
        deleted++;
      }
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, WalFormat.CHECKPOINT_PREFIX + "*")) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (!name.equals(WalFormat.checkpointName(throughSegment))) {
          deleteRecursively(entry);
        }
      }
    }
    WalWriter.syncDirectory(directory);
    return deleted;
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Keeps what the head still needs and writes it out in batches. */
  private static final class Filter implements RecordHandler {
    private final IntPredicate keepSeries;
    private final long minTimeMillis;
    private final FileChannel out;
    private final RecordEncoder encoder = new RecordEncoder();
    private final BitSet seriesWritten = new BitSet();
    private final int[] ids = new int[SAMPLES_PER_RECORD];
    private final long[] times = new long[SAMPLES_PER_RECORD];
    private final long[] bits = new long[SAMPLES_PER_RECORD];
    private int samples;
    long seriesKept;
    long samplesKept;

    Filter(IntPredicate keepSeries, long minTimeMillis, Path file) throws IOException {
      this.keepSeries = keepSeries;
      this.minTimeMillis = minTimeMillis;
      this.out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      write(WalFormat.segmentHeader(), WalFormat.HEADER_BYTES);
    }

    @Override
    public void series(int id, Labels labels) {
      if (keepSeries.test(id) && !seriesWritten.get(id)) {
        seriesWritten.set(id);
        encoder.reset();
        encoder.series(new int[] {id}, new Labels[] {labels}, 1);
        writeEncoded();
        seriesKept++;
      }
    }

    @Override
    public void sample(int id, long timestampMillis, long valueBits) {
      if (timestampMillis < minTimeMillis || !keepSeries.test(id)) {
        return;
      }
      ids[samples] = id;
      times[samples] = timestampMillis;
      bits[samples] = valueBits;
      samplesKept++;
      if (++samples == SAMPLES_PER_RECORD) {
        flushSamples();
      }
    }

    @Override
    public void tombstone(int id, long minTime, long maxTime) {
      if (maxTime >= minTimeMillis && keepSeries.test(id)) {
        encoder.reset();
        encoder.tombstones(new int[] {id}, new long[] {minTime}, new long[] {maxTime}, 1);
        writeEncoded();
      }
    }

    void finish() throws IOException {
      flushSamples();
      out.force(true);
    }

    void close() throws IOException {
      out.close();
    }

    private void flushSamples() {
      if (samples > 0) {
        encoder.reset();
        encoder.samples(ids, times, bits, samples);
        writeEncoded();
        samples = 0;
      }
    }

    private void writeEncoded() {
      try {
        write(encoder.buffer(), encoder.size());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    private void write(byte[] bytes, int length) throws IOException {
      ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, length);
      while (buffer.hasRemaining()) {
        out.write(buffer);
      }
    }
  }
}
