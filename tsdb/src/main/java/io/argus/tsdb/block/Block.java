package io.argus.tsdb.block;

import io.argus.core.label.Labels;
import io.argus.core.storage.Querier;
import io.argus.tsdb.chunk.XorChunk;
import io.argus.tsdb.chunk.XorFormat;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * One persisted block, its files mapped in a shared {@link Arena}. The mapping lives while anyone
 * holds a reference: the opener holds one until {@link #close()}, each querier one until it closes,
 * so closing or deleting a block in use never unmaps under a reader. Thread-safe.
 */
public final class Block {

  private final Path directory;
  private final BlockMeta meta;
  private final Arena arena;
  private final IndexReader index;
  private final MemorySegment[] segments;
  private final Path[] segmentPaths;
  private final long sizeBytes;
  /** 1 for the owner plus one per reader; the mapping is released when it reaches 0. */
  private final AtomicInteger references = new AtomicInteger(1);
  private volatile boolean closed;

  private Block(Path directory, BlockMeta meta, Arena arena, IndexReader index, MemorySegment[] segments,
      Path[] segmentPaths, long sizeBytes) {
    this.directory = directory;
    this.meta = meta;
    this.arena = arena;
    this.index = index;
    this.segments = segments;
    this.segmentPaths = segmentPaths;
    this.sizeBytes = sizeBytes;
  }

  /**
   * Opens and verifies the block in {@code directory}: meta, index header, table of contents and
   * section checksums, chunk segment headers.
   *
   * @throws CorruptBlockException naming the file and offset if anything does not check out
   */
  public static Block open(Path directory) throws IOException {
    Path metaFile = directory.resolve(BlockFormat.META_FILE);
    if (!Files.exists(metaFile)) {
      throw new CorruptBlockException(metaFile, 0, "missing");
    }
    BlockMeta meta = BlockMeta.read(metaFile);
    Arena arena = Arena.ofShared();
    try {
      Path indexPath = directory.resolve(BlockFormat.INDEX_FILE);
      long size = Files.size(metaFile);
      MemorySegment indexFile = map(indexPath, arena);
      size += indexFile.byteSize();
      IndexReader index = new IndexReader(indexFile, indexPath);
      List<Path> paths = new ArrayList<>();
      try (Stream<Path> files = Files.list(directory.resolve(BlockFormat.CHUNKS_DIRECTORY))) {
        files.sorted().forEach(paths::add);
      }
      MemorySegment[] segments = new MemorySegment[paths.size()];
      for (int i = 0; i < segments.length; i++) {
        if (!paths.get(i).getFileName().toString().equals(BlockFormat.segmentName(i))) {
          throw new CorruptBlockException(paths.get(i), 0, "expected chunk segment " + BlockFormat.segmentName(i));
        }
        segments[i] = map(paths.get(i), arena);
        MappedCursor.verifyHeader(segments[i], paths.get(i), BlockFormat.CHUNKS_MAGIC);
        size += segments[i].byteSize();
      }
      return new Block(directory, meta, arena, index, segments, paths.toArray(new Path[0]), size);
    } catch (IOException | RuntimeException e) {
      arena.close();
      throw e;
    }
  }

  private static MemorySegment map(Path file, Arena arena) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      return channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size(), arena);
    } catch (IOException e) {
      throw new IOException("cannot map " + file + " (check the file exists, is readable, and that"
          + " vm.max_map_count and the address space allow another mapping): " + e.getMessage(), e);
    }
  }

  public BlockMeta meta() {
    return meta;
  }

  public Path directory() {
    return directory;
  }

  /** Bytes of the block's files on disk. */
  public long sizeBytes() {
    return sizeBytes;
  }

  /**
   * Takes a reader reference; false once the block is closed (the caller must then not use it).
   * Every successful call must be matched by one {@link #release()}.
   */
  public boolean acquire() {
    while (true) {
      int current = references.get();
      if (current == 0) {
        return false;
      }
      if (references.compareAndSet(current, current + 1)) {
        return true;
      }
    }
  }

  /** Returns a reference; the last one unmaps the files. */
  public void release() {
    int remaining = references.decrementAndGet();
    if (remaining == 0) {
      arena.close();
    } else if (remaining < 0) {
      throw new IllegalStateException("block " + meta.id() + " released more often than acquired");
    }
  }

  /** Whether the mapping is still alive (for tests). */
  public boolean isMapped() {
    return references.get() > 0;
  }

  /** Drops the owner's reference; the files stay mapped until the last reader releases. Idempotent. */
  public synchronized void close() {
    if (!closed) {
      closed = true;
      release();
    }
  }

  /**
   * A querier over {@code [minTimeMillis, maxTimeMillis]} holding a reference until it is closed.
   *
   * @throws IllegalStateException if the block is already closed and released
   */
  public Querier querier(long minTimeMillis, long maxTimeMillis) {
    if (!acquire()) {
      throw new IllegalStateException("block " + meta.id() + " is closed");
    }
    return new BlockQuerier(this, index, minTimeMillis, maxTimeMillis);
  }

  /**
   * Reads every series entry, postings list and chunk and checks each checksum: a full scan, for
   * tools and tests. Opening checks only the header, the table of contents and the sections kept in
   * memory, so that start-up time does not grow with the data.
   *
   * @throws CorruptBlockException at the first damage found
   */
  public void verify() {
    if (!acquire()) {
      throw new IllegalStateException("block " + meta.id() + " is closed");
    }
    try {
      index.verifyAllPostings();
      IndexReader.MutableSeriesEntry entry = new IndexReader.MutableSeriesEntry();
      for (int s = 0; s < index.seriesCount(); s++) {
        index.series(s, entry);
        for (int c = 0; c < entry.chunkCount; c++) {
          chunk(entry.references[c], entry.minTimes[c], entry.maxTimes[c]);
        }
      }
    } finally {
      release();
    }
  }

  /** Receives one series and its chunks (time order); for compaction. */
  interface SeriesVisitor {
    void accept(Labels labels, List<XorChunk> chunks);
  }

  /** Visits every series in label order with all its chunks; the caller holds a reference. */
  void forEachSeries(SeriesVisitor visitor) {
    IndexReader.MutableSeriesEntry entry = new IndexReader.MutableSeriesEntry();
    for (int s = 0; s < index.seriesCount(); s++) {
      index.series(s, entry);
      List<XorChunk> chunks = new ArrayList<>(entry.chunkCount);
      for (int c = 0; c < entry.chunkCount; c++) {
        chunks.add(chunk(entry.references[c], entry.minTimes[c], entry.maxTimes[c]));
      }
      visitor.accept(entry.labels, chunks);
    }
  }

  /** Reads and verifies one chunk. */
  XorChunk chunk(long reference, long minTimeMillis, long maxTimeMillis) {
    int segment = (int) (reference >>> 32);
    long offset = reference & 0xFFFF_FFFFL;
    if (segment >= segments.length) {
      throw new CorruptBlockException(directory.resolve(BlockFormat.CHUNKS_DIRECTORY), offset,
          "chunk reference names segment " + BlockFormat.segmentName(segment) + ", the block has " + segments.length);
    }
    MappedCursor cursor = new MappedCursor(segments[segment], segmentPaths[segment], offset);
    int length = cursor.readUvarintInt();
    long start = cursor.position();
    int encoding = cursor.readByte();
    if (encoding != XorFormat.ENCODING) {
      throw new CorruptBlockException(segmentPaths[segment], start, "expected chunk encoding " + XorFormat.ENCODING
          + ", found " + encoding);
    }
    byte[] bytes = cursor.readBytes(length);
    cursor.verifyCrc32c(start, "chunk");
    return XorChunk.wrap(bytes, minTimeMillis, maxTimeMillis);
  }

  @Override
  public String toString() {
    return "block " + meta.id() + " [" + meta.minTimeMillis() + ", " + meta.maxTimeMillis() + ")";
  }
}
