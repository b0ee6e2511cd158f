package io.argus.tsdb.block;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

/**
 * The blocks of one data directory. At open it deletes the {@code .tmp} leftovers of interrupted
 * writes and opens every block, moving one that fails its checks to {@code corrupt/} (logged with the
 * reason, counted) so the rest is still served. The list is an immutable snapshot swapped on change,
 * so readers never lock; changes are serialised on this object.
 */
public final class BlockDirectory implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(BlockDirectory.class.getName());
  static final String CORRUPT_DIRECTORY = "corrupt";

  private final Path directory;
  private volatile List<Block> blocks;
  private final LongAdder corruptBlocks = new LongAdder();
  private final LongAdder timeRetentions = new LongAdder();
  private final LongAdder sizeRetentions = new LongAdder();
  private final LongAdder blocksWritten = new LongAdder();
  private final LongAdder compactions = new LongAdder();

  private BlockDirectory(Path directory) {
    this.directory = directory;
  }

  /** Opens the blocks under {@code directory}, cleaning and quarantining as described above. */
  public static BlockDirectory open(Path directory) throws IOException {
    BlockDirectory result = new BlockDirectory(directory);
    List<Block> opened = new ArrayList<>();
    try (Stream<Path> children = Files.list(directory)) {
      for (Path child : children.sorted().toList()) {
        String name = child.getFileName().toString();
        if (!Files.isDirectory(child)) {
          continue;
        }
        if (name.endsWith(BlockFormat.TEMPORARY_SUFFIX)) {
          LOG.log(Level.INFO, "deleting {0}, left over by an interrupted block write", child);
          deleteRecursively(child);
        } else if (BlockId.looksLikeId(name)) {
          try {
            opened.add(Block.open(child));
          } catch (CorruptBlockException e) {
            result.quarantine(child, e.getMessage());
          } catch (IOException e) {
            // A missing or unreadable file: the block cannot be served either way.
            result.quarantine(child, e.getClass().getSimpleName() + ": " + e.getMessage());
          }
        }
      }
    }
    opened.sort(Comparator.comparingLong((Block b) -> b.meta().minTimeMillis()).thenComparing(b -> b.meta().id()));
    result.blocks = List.copyOf(result.dropCompactedParents(opened));
    return result;
  }

  /**
   * A crash after a compaction's output was renamed into place but before its inputs were deleted
   * leaves both: the inputs are the blocks whose sources another, higher-level block covers. They
   * go now; the output is authoritative, being complete (renamed only after fsync).
   */
  private List<Block> dropCompactedParents(List<Block> opened) throws IOException {
    List<Block> keep = new ArrayList<>();
    for (Block candidate : opened) {
      boolean covered = false;
      for (Block other : opened) {
        if (other != candidate
            && other.meta().compactionLevel() > candidate.meta().compactionLevel()
            && other.meta().sources().containsAll(candidate.meta().sources())) {
          covered = true;
          break;
        }
      }
      if (covered) {
        LOG.log(Level.INFO, "deleting {0}: a compacted block already holds its data", candidate);
        candidate.close();
        deleteRecursively(candidate.directory());
      } else {
        keep.add(candidate);
      }
    }
    return keep;
  }

  /**
   * Opens the compacted block {@code created}, then swaps it in for {@code replaced} and deletes
   * those (queriers still using them keep their mapping).
   */
  public synchronized void replace(List<Block> replaced, BlockMeta created) throws IOException {
    Block block = Block.open(directory.resolve(created.id()));
    List<Block> next = new ArrayList<>(blocks);
    next.removeAll(replaced);
    next.add(block);
    next.sort(Comparator.comparingLong((Block b) -> b.meta().minTimeMillis()).thenComparing(b -> b.meta().id()));
    blocks = List.copyOf(next);
    compactions.increment();
    for (Block old : replaced) {
      old.close();
      deleteRecursively(old.directory());
    }
  }

  public long compactionsTotal() {
    return compactions.sum();
  }

  private void quarantine(Path block, String reason) throws IOException {
    corruptBlocks.increment();
    Path target = directory.resolve(CORRUPT_DIRECTORY).resolve(block.getFileName());
    Files.createDirectories(target.getParent());
    if (Files.exists(target)) {
      deleteRecursively(target);
    }
    Files.move(block, target, StandardCopyOption.ATOMIC_MOVE);
    LOG.log(Level.ERROR, "block {0} is corrupt and was moved to {1}: {2}", block, target, reason);
  }

  /** The open blocks, oldest first. An immutable snapshot. */
  public List<Block> blocks() {
    return blocks;
  }

  /** The end of the newest block's range, or {@code Long.MIN_VALUE} without blocks. */
  public long maxTimeMillis() {
    long max = Long.MIN_VALUE;
    for (Block block : blocks) {
      max = Math.max(max, block.meta().maxTimeMillis());
    }
    return max;
  }

  public long sizeBytes() {
    long size = 0;
    for (Block block : blocks) {
      size += block.sizeBytes();
    }
    return size;
  }

  /** Opens the block just written as {@code <directory>/<id>} and adds it. */
  public synchronized Block add(BlockMeta meta) throws IOException {
    Block block = Block.open(directory.resolve(meta.id()));
    List<Block> next = new ArrayList<>(blocks);
    next.add(block);
    next.sort(Comparator.comparingLong((Block b) -> b.meta().minTimeMillis()).thenComparing(b -> b.meta().id()));
    blocks = List.copyOf(next);
    blocksWritten.increment();
    return block;
  }

  /**
   * Deletes whole blocks, oldest first: those that end at or before {@code newestTimeMillis -
   * retentionTimeMillis}, then, while the blocks together take more than {@code retentionSizeBytes}
   * (when positive), the oldest remaining. Readers still using a deleted block keep its mapping.
   *
   * @return the number of blocks deleted
   */
  public synchronized int applyRetention(long newestTimeMillis, long retentionTimeMillis, long retentionSizeBytes)
      throws IOException {
    List<Block> keep = new ArrayList<>(blocks);
    List<Block> delete = new ArrayList<>();
    if (retentionTimeMillis > 0 && newestTimeMillis != Long.MIN_VALUE) {
      long bound = newestTimeMillis - retentionTimeMillis;
      while (!keep.isEmpty() && keep.getFirst().meta().maxTimeMillis() <= bound) {
        delete.add(keep.removeFirst());
        timeRetentions.increment();
      }
    }
    if (retentionSizeBytes > 0) {
      long size = 0;
      for (Block block : keep) {
        size += block.sizeBytes();
      }
      while (!keep.isEmpty() && size > retentionSizeBytes) {
        Block oldest = keep.removeFirst();
        size -= oldest.sizeBytes();
        delete.add(oldest);
        sizeRetentions.increment();
      }
    }
    if (delete.isEmpty()) {
      return 0;
    }
    blocks = List.copyOf(keep);
    for (Block block : delete) {
      LOG.log(Level.INFO, "retention deletes {0} ({1} bytes)", block, block.sizeBytes());
      block.close();
      deleteRecursively(block.directory());
    }
    return delete.size();
  }

  public long corruptBlocksTotal() {
    return corruptBlocks.sum();
  }

  public long timeRetentionsTotal() {
    return timeRetentions.sum();
  }

  public long sizeRetentionsTotal() {
    return sizeRetentions.sum();
  }

  public long blocksWrittenTotal() {
    return blocksWritten.sum();
  }

  /** Releases the owner's reference on every block; queriers still open keep theirs. */
  @Override
  public synchronized void close() {
    for (Block block : blocks) {
      block.close();
    }
  }

  static void deleteRecursively(Path path) throws IOException {
    try (Stream<Path> files = Files.walk(path)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }
}
