package io.argus.tsdb.block;

import io.argus.core.label.Labels;
import io.argus.tsdb.index.LabelIndex;
import io.argus.tsdb.index.Postings;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a block's mapped index. At open it checks the header, the table of contents and every
 * section's checksum, and keeps the symbols, the series offsets, the label indices and the postings
 * offset table in memory; series entries and postings lists are decoded from the mapping on demand
 * (and their own checksums checked then). Thread-safe: all state is immutable after open.
 */
final class IndexReader implements LabelIndex {

  private final MemorySegment file;
  private final Path path;
  private final String[] symbols;
  private final long[] seriesOffsets;
  private final Map<String, List<String>> labelValues;
  private final Map<String, Map<String, Long>> postingsOffsets;

  IndexReader(MemorySegment file, Path path) {
    this.file = file;
    this.path = path;
    MappedCursor.verifyHeader(file, path, BlockFormat.INDEX_MAGIC);
    long tocStart = file.byteSize() - BlockFormat.TOC_BYTES;
    if (tocStart < BlockFormat.HEADER_BYTES) {
      throw new CorruptBlockException(path, 0, "file too short for a table of contents: " + file.byteSize() + " bytes");
    }
    MappedCursor cursor = new MappedCursor(file, path, tocStart);
    long[] toc = new long[6];
    for (int i = 0; i < toc.length; i++) {
      toc[i] = cursor.readLong();
    }
    cursor.verifyCrc32c(tocStart, "the table of contents");
    for (int i = 0; i < toc.length; i++) {
      if (toc[i] < BlockFormat.HEADER_BYTES || toc[i] > tocStart || (i > 0 && toc[i] < toc[i - 1])) {
        throw new CorruptBlockException(path, tocStart + 8L * i, "section offset " + toc[i] + " out of order or range");
      }
    }
    this.symbols = readSymbols(new MappedCursor(file, path, toc[0]));
    this.seriesOffsets = readSeriesOffsets(new MappedCursor(file, path, toc[2]));
    this.labelValues = readLabelIndices(new MappedCursor(file, path, toc[3]));
    this.postingsOffsets = readPostingsOffsets(new MappedCursor(file, path, toc[5]));
  }

  private String[] readSymbols(MappedCursor cursor) {
    long start = cursor.position();
    int count = cursor.readCount();
    String[] result = new String[count];
    for (int i = 0; i < count; i++) {
      result[i] = new String(cursor.readBytes(cursor.readUvarintInt()), StandardCharsets.UTF_8);
    }
    cursor.verifyCrc32c(start, "the symbol table");
    return result;
  }

  private long[] readSeriesOffsets(MappedCursor cursor) {
    long start = cursor.position();
    int count = cursor.readCount();
    long[] result = new long[count];
    long offset = 0;
    for (int i = 0; i < count; i++) {
      offset += cursor.readUvarint();
      result[i] = offset;
    }
    cursor.verifyCrc32c(start, "the series offset table");
    return result;
  }

  private Map<String, List<String>> readLabelIndices(MappedCursor cursor) {
    long start = cursor.position();
    int names = cursor.readCount();
    Map<String, List<String>> result = new HashMap<>(names * 2);
    for (int n = 0; n < names; n++) {
      String name = symbol(cursor.readUvarintInt(), cursor);
      int values = cursor.readCount();
      String[] list = new String[values];
      for (int v = 0; v < values; v++) {
        list[v] = symbol(cursor.readUvarintInt(), cursor);
      }
      if (!name.isEmpty()) {
        result.put(name, List.of(list));
      }
    }
    cursor.verifyCrc32c(start, "the label indices");
    return result;
  }

  private Map<String, Map<String, Long>> readPostingsOffsets(MappedCursor cursor) {
    long start = cursor.position();
    int count = cursor.readCount();
    Map<String, Map<String, Long>> result = new HashMap<>();
    for (int i = 0; i < count; i++) {
      String name = symbol(cursor.readUvarintInt(), cursor);
      String value = symbol(cursor.readUvarintInt(), cursor);
      long offset = cursor.readUvarint();
      result.computeIfAbsent(name, k -> new HashMap<>()).put(value, offset);
    }
    cursor.verifyCrc32c(start, "the postings offset table");
    return result;
  }

  private String symbol(int id, MappedCursor cursor) {
    if (id >= symbols.length) {
      throw new CorruptBlockException(path, cursor.position(), "symbol " + id + " out of range, the table has " + symbols.length);
    }
    return symbols[id];
  }

  int seriesCount() {
    return seriesOffsets.length;
  }

  /**
   * Decodes series {@code ordinal} into {@code into}: its labels, and its chunks' time ranges and
   * references (the arrays grow as needed).
   */
  void series(int ordinal, MutableSeriesEntry into) {
    MappedCursor cursor = new MappedCursor(file, path, seriesOffsets[ordinal]);
    int length = cursor.readUvarintInt();
    long start = cursor.position();
    int labelCount = cursor.readCount();
    String[] namesAndValues = new String[labelCount * 2];
    for (int i = 0; i < namesAndValues.length; i++) {
      namesAndValues[i] = symbol(cursor.readUvarintInt(), cursor);
    }
    int chunkCount = cursor.readCount();
    into.ensureCapacity(chunkCount);
    long previousMax = 0;
    long previousReference = 0;
    for (int c = 0; c < chunkCount; c++) {
      long min = previousMax + cursor.readVarint();
      long max = min + cursor.readUvarint();
      long reference = previousReference + cursor.readVarint();
      into.minTimes[c] = min;
      into.maxTimes[c] = max;
      into.references[c] = reference;
      previousMax = max;
      previousReference = reference;
    }
    if (cursor.position() - start != length) {
      throw new CorruptBlockException(path, start, "series entry says " + length + " bytes, decoded " + (cursor.position() - start));
    }
    cursor.verifyCrc32c(start, "series entry " + ordinal);
    into.labels = Labels.ofSortedUnchecked(namesAndValues);
    into.chunkCount = chunkCount;
  }

  @Override
  public int[] postings(String name, String value) {
    Map<String, Long> values = postingsOffsets.get(name);
    Long offset = values == null ? null : values.get(value);
    if (offset == null) {
      return Postings.EMPTY;
    }
    MappedCursor cursor = new MappedCursor(file, path, offset);
    int count = cursor.readCount();
    int[] result = new int[count];
    int last = 0;
    for (int i = 0; i < count; i++) {
      last += cursor.readUvarintInt();
      result[i] = last;
    }
    cursor.verifyCrc32c(offset, "postings of " + name + "=\"" + value + "\"");
    return result;
  }

  /** Decodes every postings list named in the offset table, checking each checksum. */
  void verifyAllPostings() {
    for (Map.Entry<String, Map<String, Long>> name : postingsOffsets.entrySet()) {
      for (String value : name.getValue().keySet()) {
        postings(name.getKey(), value);
      }
    }
  }

  @Override
  public int[] allPostings() {
    return postings("", "");
  }

  @Override
  public List<String> values(String name) {
    List<String> values = labelValues.get(name);
    return values == null ? List.of() : values;
  }

  @Override
  public List<String> names() {
    return new ArrayList<>(labelValues.keySet());
  }

  /** One decoded series entry; reused across calls. */
  static final class MutableSeriesEntry {
    Labels labels;
    int chunkCount;
    long[] minTimes = new long[8];
    long[] maxTimes = new long[8];
    long[] references = new long[8];

    void ensureCapacity(int chunks) {
      if (chunks > minTimes.length) {
        minTimes = new long[chunks];
        maxTimes = new long[chunks];
        references = new long[chunks];
      }
    }
  }
}
