package io.argus.tsdb.block;

import io.argus.core.label.Labels;
import io.argus.tsdb.chunk.XorChunk;
import io.argus.tsdb.chunk.XorFormat;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes one block crash-safely: everything goes to {@code <id>.tmp}, each file and the directory
 * are fsynced, and only then is the directory renamed to {@code <id>}. A crash leaves at most a
 * {@code .tmp} directory, which {@link BlockDirectory#cleanLeftovers} removes at start.
 */
public final class BlockWriter {

  private BlockWriter() {}

  /**
   * Writes the series (sorted by labels, each with its chunks in time order) as a block covering
   * {@code [minTimeMillis, maxTimeMillis)} under {@code parent}, and returns its meta.
   */
  public static BlockMeta write(
      Path parent,
      SortedMap<Labels, List<XorChunk>> series,
      long minTimeMillis,
      long maxTimeMillis,
      int compactionLevel,
      List<String> sources)
      throws IOException {
    String id = BlockId.next(System.currentTimeMillis());
    Path temporary = parent.resolve(id + BlockFormat.TEMPORARY_SUFFIX);
    Files.createDirectories(temporary.resolve(BlockFormat.CHUNKS_DIRECTORY));
    long[][] references = writeChunks(temporary.resolve(BlockFormat.CHUNKS_DIRECTORY), series);
    long chunkCount = 0;
    long sampleCount = 0;
    for (List<XorChunk> chunks : series.values()) {
      chunkCount += chunks.size();
      for (XorChunk chunk : chunks) {
        sampleCount += chunk.sampleCount();
      }
    }
    writeIndex(temporary.resolve(BlockFormat.INDEX_FILE), series, references);
    BlockMeta meta = new BlockMeta(
        id, minTimeMillis, maxTimeMillis, series.size(), chunkCount, sampleCount, compactionLevel,
        sources.isEmpty() ? List.of(id) : sources);
    writeSynced(temporary.resolve(BlockFormat.META_FILE), meta.toJson());
    syncDirectory(temporary.resolve(BlockFormat.CHUNKS_DIRECTORY));
    syncDirectory(temporary);
    Files.move(temporary, parent.resolve(id), StandardCopyOption.ATOMIC_MOVE);
    syncDirectory(parent);
    return meta;
  }

  /** Writes the chunk segments; returns each series' chunk references in series order. */
  private static long[][] writeChunks(Path directory, SortedMap<Labels, List<XorChunk>> series) throws IOException {
    long[][] references = new long[series.size()][];
    int segment = 0;
    ChunkSegmentOutput out = new ChunkSegmentOutput(directory, segment);
    int seriesIndex = 0;
    ByteSink entry = new ByteSink();
    for (List<XorChunk> chunks : series.values()) {
      long[] refs = new long[chunks.size()];
      for (int i = 0; i < refs.length; i++) {
        byte[] data = chunks.get(i).bytes();
        entry.reset();
        entry.putUvarint(data.length);
        int crcFrom = entry.size();
        entry.putByte(XorFormat.ENCODING);
        entry.putBytes(data, 0, data.length);
        entry.putCrc32cFrom(crcFrom);
        if (out.position > BlockFormat.HEADER_BYTES && out.position + entry.size() > BlockFormat.MAX_SEGMENT_BYTES) {
          out.close();
          out = new ChunkSegmentOutput(directory, ++segment);
        }
        refs[i] = BlockFormat.chunkReference(segment, out.position);
        out.write(entry);
      }
      references[seriesIndex++] = refs;
    }
    out.close();
    return references;
  }

  private static void writeIndex(Path file, SortedMap<Labels, List<XorChunk>> series, long[][] references)
      throws IOException {
    TreeSet<String> symbolSet = new TreeSet<>();
    // name -> value -> series ordinals, both levels sorted; "" -> "" holds every series.
    TreeMap<String, TreeMap<String, int[]>> postings = new TreeMap<>();
    int ordinal = 0;
    List<Labels> ordered = new ArrayList<>(series.keySet());
    for (Labels labels : ordered) {
      for (int i = 0; i < labels.size(); i++) {
        symbolSet.add(labels.name(i));
        symbolSet.add(labels.value(i));
        addPosting(postings, labels.name(i), labels.value(i), ordinal);
      }
      addPosting(postings, "", "", ordinal);
      ordinal++;
    }
    symbolSet.add("");
    String[] symbols = symbolSet.toArray(new String[0]);
    Map<String, Integer> symbolIds = new HashMap<>(symbols.length * 2);
    for (int i = 0; i < symbols.length; i++) {
      symbolIds.put(symbols[i], i);
    }
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      ByteSink sink = new ByteSink();
      long[] toc = new long[6];
      long written = 0;
      sink.putInt(BlockFormat.INDEX_MAGIC);
      sink.putByte(BlockFormat.VERSION);
      sink.putByte(0);
      sink.putByte(0);
      sink.putByte(0);
      written = flush(sink, out, written);

      toc[0] = written;
      sink.putUvarint(symbols.length);
      for (String symbol : symbols) {
        byte[] utf8 = symbol.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        sink.putUvarint(utf8.length);
        sink.putBytes(utf8, 0, utf8.length);
      }
      sink.putCrc32cFrom(0);
      written = flush(sink, out, written);

      toc[1] = written;
      long[] seriesOffsets = new long[ordered.size()];
      ByteSink body = new ByteSink();
      for (int s = 0; s < ordered.size(); s++) {
        seriesOffsets[s] = written;
        Labels labels = ordered.get(s);
        List<XorChunk> chunks = series.get(labels);
        body.reset();
        body.putUvarint(labels.size());
        for (int i = 0; i < labels.size(); i++) {
          body.putUvarint(symbolIds.get(labels.name(i)));
          body.putUvarint(symbolIds.get(labels.value(i)));
        }
        body.putUvarint(chunks.size());
        long previousMax = 0;
        long previousReference = 0;
        for (int c = 0; c < chunks.size(); c++) {
          XorChunk chunk = chunks.get(c);
          body.putVarint(chunk.minTimeMillis() - previousMax);
          body.putUvarint(chunk.maxTimeMillis() - chunk.minTimeMillis());
          body.putVarint(references[s][c] - previousReference);
          previousMax = chunk.maxTimeMillis();
          previousReference = references[s][c];
        }
        sink.putUvarint(body.size());
        int from = sink.size();
        sink.putBytes(body.array(), 0, body.size());
        sink.putCrc32cFrom(from);
        written = flush(sink, out, written);
      }

      toc[2] = written;
      sink.putUvarint(seriesOffsets.length);
      long previous = 0;
      for (long offset : seriesOffsets) {
        sink.putUvarint(offset - previous);
        previous = offset;
      }
      sink.putCrc32cFrom(0);
      written = flush(sink, out, written);

      toc[3] = written;
      sink.putUvarint(postings.size());
      for (Map.Entry<String, TreeMap<String, int[]>> name : postings.entrySet()) {
        sink.putUvarint(symbolIds.get(name.getKey()));
        sink.putUvarint(name.getValue().size());
        for (String value : name.getValue().keySet()) {
          sink.putUvarint(symbolIds.get(value));
        }
      }
      sink.putCrc32cFrom(0);
      written = flush(sink, out, written);

      toc[4] = written;
      List<long[]> offsetEntries = new ArrayList<>(); // {nameSymbol, valueSymbol, offset}
      for (Map.Entry<String, TreeMap<String, int[]>> name : postings.entrySet()) {
        for (Map.Entry<String, int[]> value : name.getValue().entrySet()) {
          offsetEntries.add(new long[] {symbolIds.get(name.getKey()), symbolIds.get(value.getKey()), written});
          int[] list = value.getValue();
          int length = list[0];
          sink.putUvarint(length);
          int last = 0;
          for (int i = 1; i <= length; i++) {
            sink.putUvarint(list[i] - last);
            last = list[i];
          }
          sink.putCrc32cFrom(0);
          written = flush(sink, out, written);
        }
      }

      toc[5] = written;
      sink.putUvarint(offsetEntries.size());
      for (long[] entry : offsetEntries) {
        sink.putUvarint(entry[0]);
        sink.putUvarint(entry[1]);
        sink.putUvarint(entry[2]);
      }
      sink.putCrc32cFrom(0);
      written = flush(sink, out, written);

      for (long offset : toc) {
        sink.putLong(offset);
      }
      sink.putCrc32cFrom(0);
      flush(sink, out, written);
    }
    syncFile(file);
  }

  /** Appends {@code ordinal} to the list of name=value; list[0] holds the count. */
  private static void addPosting(TreeMap<String, TreeMap<String, int[]>> postings, String name, String value, int ordinal) {
    TreeMap<String, int[]> values = postings.computeIfAbsent(name, k -> new TreeMap<>());
    int[] list = values.get(value);
    if (list == null) {
      list = new int[4];
    } else if (list[0] + 1 >= list.length) {
      list = Arrays.copyOf(list, list.length * 2);
    }
    list[++list[0]] = ordinal;
    values.put(value, list);
  }

  private static long flush(ByteSink sink, OutputStream out, long written) throws IOException {
    sink.writeTo(out);
    long total = written + sink.size();
    sink.reset();
    return total;
  }

  private static void writeSynced(Path file, byte[] bytes) throws IOException {
    Files.write(file, bytes);
    syncFile(file);
  }

  static void syncFile(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
  }

  static void syncDirectory(Path directory) throws IOException {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Some file systems refuse to sync a directory; the rename is then as durable as they allow.
    }
  }

  /** One chunk segment file being written. */
  private static final class ChunkSegmentOutput {
    private final Path file;
    private final OutputStream out;
    long position;

    ChunkSegmentOutput(Path directory, int segment) throws IOException {
      this.file = directory.resolve(BlockFormat.segmentName(segment));
      this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
      ByteSink header = new ByteSink();
      header.putInt(BlockFormat.CHUNKS_MAGIC);
      header.putByte(BlockFormat.VERSION);
      header.putByte(0);
      header.putByte(0);
      header.putByte(0);
      write(header);
    }

    void write(ByteSink bytes) throws IOException {
      bytes.writeTo(out);
      position += bytes.size();
    }

    void close() throws IOException {
      out.close();
      syncFile(file);
    }
  }
}
