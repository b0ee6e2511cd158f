package io.argus.tsdb.wal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Replays the log on start: the newest checkpoint, then every later segment, in order. A torn or
 * corrupt record ends the replay of its segment: it is logged with file and offset, counted, and the
 * segment is truncated there so the damage is not met again; replay goes on with the next segment,
 * so a damaged tail costs only what is behind it in the same segment.
 */
public final class WalReplayer {

  private static final System.Logger LOG = System.getLogger(WalReplayer.class.getName());

  private final Path directory;
  private final WalMetrics metrics;

  public WalReplayer(Path directory, WalMetrics metrics) {
    this.directory = directory;
    this.metrics = metrics;
  }

  /**
   * What a replay read.
   *
   * @param lastSegment the highest segment or checkpoint index seen, -1 for an empty log
   */
  public record Result(int lastSegment, long records, List<WalCorruption> corruptions) {}

  public Result replay(RecordHandler handler) {
    long started = System.nanoTime();
    try {
      RecordDecoder decoder = new RecordDecoder();
      List<WalCorruption> corruptions = new ArrayList<>();
      long records = 0;
      int checkpoint = WalFormat.lastCheckpoint(directory);
      int last = checkpoint;
      if (checkpoint >= 0) {
        Path checkpointDir = directory.resolve(WalFormat.checkpointName(checkpoint));
        for (int index : WalFormat.segmentIndexes(checkpointDir)) {
          records += replaySegment(checkpointDir.resolve(WalFormat.segmentName(index)), decoder, handler, corruptions);
        }
      }
      for (int index : WalFormat.segmentIndexes(directory)) {
        if (index <= checkpoint) {
          continue; // already folded into the checkpoint; deletion was interrupted
        }
        records += replaySegment(directory.resolve(WalFormat.segmentName(index)), decoder, handler, corruptions);
        last = Math.max(last, index);
      }
      return new Result(last, records, List.copyOf(corruptions));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the write-ahead log in " + directory, e);
    } finally {
      metrics.replayNanos.set(System.nanoTime() - started);
    }
  }

  private long replaySegment(
      Path path, RecordDecoder decoder, RecordHandler handler, List<WalCorruption> corruptions)
      throws IOException {
    long records = 0;
    long problemOffset;
    String problem;
    try (SegmentReader reader = new SegmentReader(path)) {
      while (reader.next()) {
        try {
          decoder.decode(reader.type(), reader.buffer(), reader.payloadOffset(), reader.length(), handler);
        } catch (IllegalArgumentException e) {
          reader.failCurrent("undecodable record: " + e.getMessage());
          break;
        }
        records++;
      }
      problem = reader.problem();
      problemOffset = reader.problemOffset();
    }
    if (problem != null) {
      WalCorruption corruption = new WalCorruption(path, problemOffset, problem);
      corruptions.add(corruption);
      metrics.corruptions.increment();
      LOG.log(
          Level.WARNING,
          "write-ahead log corruption in {0} at offset {1}: {2}; replayed everything before it, truncating the segment there",
          path,
          problemOffset,
          problem);
      truncate(path, problemOffset);
    }
    return records;
  }

  private static void truncate(Path path, long offset) throws IOException {
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
      channel.truncate(offset);
      channel.force(true);
    }
    if (offset == 0) {
      Files.delete(path);
    }
  }
}
