package io.argus.scrape.exposition;

import io.argus.core.label.LabelsBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where the labels of the current line lie in the buffer: for each label the name's and the quoted
 * value's start and end, whether the value holds escapes, and its column for error messages. Reused
 * from line to line; strings are only made when {@link #addTo} is called.
 */
final class LabelSpans {

  private int[] spans = new int[4 * 16];
  private int[] columns = new int[16];
  private boolean[] escaped = new boolean[16];
  private int count;

  void clear() {
    count = 0;
  }

  int count() {
    return count;
  }

  void add(int nameStart, int nameEnd, int valueStart, int valueEnd, boolean hasEscapes, int column) {
    if (count == columns.length) {
      spans = Arrays.copyOf(spans, spans.length * 2);
      columns = Arrays.copyOf(columns, columns.length * 2);
      escaped = Arrays.copyOf(escaped, escaped.length * 2);
    }
    spans[4 * count] = nameStart;
    spans[4 * count + 1] = nameEnd;
    spans[4 * count + 2] = valueStart;
    spans[4 * count + 3] = valueEnd;
    columns[count] = column;
    escaped[count] = hasEscapes;
    count++;
  }

  String name(byte[] buffer, int index) {
    int start = spans[4 * index];
    return new String(buffer, start, spans[4 * index + 1] - start, StandardCharsets.ISO_8859_1);
  }

  /**
   * Adds every label to {@code builder}, unescaping values.
   *
   * @throws ExpositionFormatException for a repeated name or a value that is not UTF-8
   */
  void addTo(LabelsBuilder builder, byte[] buffer, int lineNumber) {
    for (int i = 0; i < count; i++) {
      String name = name(buffer, i);
      if (builder.get(name) != null) {
        throw new ExpositionFormatException(
            lineNumber, columns[i], "label name \"" + name + "\" appears more than once in a series");
      }
      int valueStart = spans[4 * i + 2];
      int valueEnd = spans[4 * i + 3];
      if (!Utf8.isValid(buffer, valueStart, valueEnd)) {
        throw new ExpositionFormatException(
            lineNumber, columns[i], "the value of label \"" + name + "\" is not valid UTF-8");
      }
      builder.set(name, decode(buffer, valueStart, valueEnd, escaped[i]));
    }
  }

  /** Decodes UTF-8 and, when {@code hasEscapes}, the escapes {@code \\ \" \n} (already validated). */
  static String decode(byte[] buffer, int start, int end, boolean hasEscapes) {
    if (!hasEscapes) {
      return new String(buffer, start, end - start, StandardCharsets.UTF_8);
    }
    byte[] unescaped = new byte[end - start];
    int length = 0;
    for (int i = start; i < end; i++) {
      byte b = buffer[i];
      if (b == '\\' && i + 1 < end) {
        byte next = buffer[++i];
        unescaped[length++] = next == 'n' ? (byte) '\n' : next;
      } else {
        unescaped[length++] = b;
      }
    }
    return new String(unescaped, 0, length, StandardCharsets.UTF_8);
  }
}
