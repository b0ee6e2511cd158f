package io.argus.scrape.exposition;

import io.argus.core.label.Labels;
import io.argus.core.label.LabelsBuilder;
import java.nio.charset.StandardCharsets;

/**
 * A pull parser over one exposition held in a byte array. Call {@link #next()} until it returns
 * {@link ExpositionEntry#END}; after {@link ExpositionEntry#SERIES} the series accessors describe
 * the line, after {@link ExpositionEntry#HELP}, {@link ExpositionEntry#TYPE} or
 * {@link ExpositionEntry#UNIT} the metadata accessors do. Accessors are valid until the next call
 * of {@code next()}.
 *
 * <p>Nothing is allocated per line unless asked for: {@link #seriesStart()} and
 * {@link #seriesEnd()} delimit the raw series text (name and label block, as Prometheus' scrape
 * cache keys it), and only {@link #addLabels(LabelsBuilder)} and the string accessors make strings.
 * Not thread-safe. The array must not change while parsed.
 */
public abstract sealed class ExpositionParser permits PrometheusTextParser, OpenMetricsParser {

  final byte[] buffer;
  final int limit;
  int position;
  int lineNumber = 1;
  int lineStart;
  int entryLine;

  int seriesStart;
  int seriesEnd;
  int nameStart;
  int nameEnd;
  final LabelSpans labels = new LabelSpans();
  double value;
  boolean hasTimestamp;
  long timestampMillis;

  boolean hasExemplar;
  final LabelSpans exemplarLabels = new LabelSpans();
  double exemplarValue;
  boolean exemplarHasTimestamp;
  long exemplarTimestampMillis;

  int textStart;
  int textEnd;
  int textColumn;
  boolean textHasEscapes;
  MetricType metricType;

  ExpositionParser(byte[] buffer, int offset, int length) {
    if (offset < 0 || length < 0 || offset + length > buffer.length) {
      throw new IndexOutOfBoundsException(
          "range [" + offset + ", " + (offset + length) + ") outside a buffer of " + buffer.length);
    }
    this.buffer = buffer;
    this.position = offset;
    this.lineStart = offset;
    this.limit = offset + length;
  }

  /**
   * Advances to the next entry.
   *
   * @throws ExpositionFormatException if the input is malformed at this entry; the parser must not
   *     be used afterwards
   */
  public abstract ExpositionEntry next();

  /** The format this parser reads. */
  public abstract ExpositionFormat format();

  /** The 1-based line of the current entry. */
  public int lineNumber() {
    return entryLine;
  }

  /** The array being parsed; with {@link #seriesStart()} and {@link #seriesEnd()} a cache key. */
  public byte[] buffer() {
    return buffer;
  }

  /** Start (inclusive) of the current series' raw text: its name and label block. */
  public int seriesStart() {
    return seriesStart;
  }

  /** End (exclusive) of the current series' raw text. */
  public int seriesEnd() {
    return seriesEnd;
  }

  /** The current series' metric name, or the metadata line's metric family name. */
  public String metricName() {
    return new String(buffer, nameStart, nameEnd - nameStart, StandardCharsets.ISO_8859_1);
  }

  /** The number of labels (not counting the metric name) on the current series. */
  public int labelCount() {
    return labels.count();
  }

  /**
   * Adds {@code __name__} and the series' labels to {@code builder}.
   *
   * @throws ExpositionFormatException if a label name repeats or a value is not valid UTF-8
   */
  public void addLabels(LabelsBuilder builder) {
    builder.set(Labels.METRIC_NAME, metricName());
    labels.addTo(builder, buffer, entryLine);
  }

  /** The series' labels including {@code __name__}; allocates, meant for tests and cache misses. */
  public Labels labels() {
    LabelsBuilder builder = new LabelsBuilder();
    addLabels(builder);
    return builder.build();
  }

  public double value() {
    return value;
  }

  public boolean hasTimestamp() {
    return hasTimestamp;
  }

  /** The explicit timestamp in epoch milliseconds; meaningful when {@link #hasTimestamp()}. */
  public long timestampMillis() {
    return timestampMillis;
  }

  /** Whether the current OpenMetrics sample carries an exemplar. */
  public boolean hasExemplar() {
    return hasExemplar;
  }

  /** The exemplar's labels; meaningful when {@link #hasExemplar()}. */
  public Labels exemplarLabels() {
    LabelsBuilder builder = new LabelsBuilder();
    exemplarLabels.addTo(builder, buffer, entryLine);
    return builder.build();
  }

  public double exemplarValue() {
    return exemplarValue;
  }

  public boolean exemplarHasTimestamp() {
    return exemplarHasTimestamp;
  }

  public long exemplarTimestampMillis() {
    return exemplarTimestampMillis;
  }

  /** The HELP text (unescaped) or the UNIT of a metadata entry. */
  public String text() {
    if (!Utf8.isValid(buffer, textStart, textEnd)) {
      throw new ExpositionFormatException(
          entryLine, textColumn, "the text is not valid UTF-8");
    }
    if (!textHasEscapes) {
      return new String(buffer, textStart, textEnd - textStart, StandardCharsets.UTF_8);
    }
    return decodeHelp();
  }

  /** The type named by a TYPE entry. */
  public MetricType metricType() {
    return metricType;
  }

  // ---- lexing helpers shared by both formats ----

  final void resetSeries() {
    labels.clear();
    hasTimestamp = false;
    hasExemplar = false;
    exemplarLabels.clear();
    exemplarHasTimestamp = false;
    textHasEscapes = false;
  }

  final boolean atEnd() {
    return position >= limit;
  }

  final boolean atLineEnd() {
    return position >= limit || buffer[position] == '\n';
  }

  /** Consumes the newline at the current position, if any, and starts a new line. */
  final void consumeNewline() {
    if (position < limit && buffer[position] == '\n') {
      position++;
      lineNumber++;
      lineStart = position;
    }
  }

  final void skipBlanks() {
    while (position < limit && (buffer[position] == ' ' || buffer[position] == '\t')) {
      position++;
    }
  }

  final int column() {
    return position - lineStart + 1;
  }

  final ExpositionFormatException error(String expected) {
    return new ExpositionFormatException(lineNumber, column(), "expected " + expected + ", found " + found());
  }

  final ExpositionFormatException problem(int column, String problem) {
    return new ExpositionFormatException(lineNumber, column, problem);
  }

  /** A description of the byte at the current position for error messages. */
  final String found() {
    if (position >= limit) {
      return "end of input";
    }
    int b = buffer[position] & 0xff;
    if (b == '\n') {
      return "end of line";
    }
    if (b == ' ') {
      return "a space";
    }
    if (b == '\t') {
      return "a tab";
    }
    if (b > ' ' && b < 0x7f) {
      return "'" + (char) b + "'";
    }
    return String.format("byte 0x%02x", b);
  }

  /** Reads a metric name ({@code [a-zA-Z_:][a-zA-Z0-9_:]*}) into nameStart/nameEnd. */
  final void readMetricName(String expected) {
    int start = position;
    while (position < limit && isMetricNameByte(buffer[position], position == start)) {
      position++;
    }
    if (position == start) {
      throw error(expected);
    }
    nameStart = start;
    nameEnd = position;
  }

  /** Reads a label name and returns its end; the start is the position on entry. */
  final int readLabelName() {
    int start = position;
    while (position < limit && isLabelNameByte(buffer[position], position == start)) {
      position++;
    }
    if (position == start) {
      throw error("a label name or '}'");
    }
    return position;
  }

  /**
   * Reads a label block starting at '{' into {@code spans}. Text format allows blanks between
   * tokens; both accept a trailing comma, as Prometheus does.
   */
  final void readLabels(LabelSpans spans, boolean blanksAllowed) {
    position++; // '{'
    while (true) {
      if (blanksAllowed) {
        skipBlanks();
      }
      if (position < limit && buffer[position] == '}') {
        position++;
        return;
      }
      int nameColumn = column();
      int labelNameStart = position;
      int labelNameEnd = readLabelName();
      if (blanksAllowed) {
        skipBlanks();
      }
      expect('=', "'=' after the label name");
      if (blanksAllowed) {
        skipBlanks();
      }
      expect('"', "'\"' to open the label value");
      int valueStart = position;
      boolean escapes = readQuotedValue();
      spans.add(labelNameStart, labelNameEnd, valueStart, position - 1, escapes, nameColumn);
      if (blanksAllowed) {
        skipBlanks();
      }
      if (position < limit && buffer[position] == ',') {
        position++;
      } else if (position < limit && buffer[position] == '}') {
        position++;
        return;
      } else {
        throw error("',' or '}' after the label value");
      }
    }
  }

  /** Reads up to and including the closing quote; returns whether escapes occurred. */
  private boolean readQuotedValue() {
    boolean escapes = false;
    while (true) {
      if (position >= limit || buffer[position] == '\n') {
        throw error("'\"' to close the label value");
      }
      byte b = buffer[position];
      if (b == '"') {
        position++;
        return escapes;
      }
      if (b == '\\') {
        position++;
        if (position >= limit || (buffer[position] != '\\' && buffer[position] != '"' && buffer[position] != 'n')) {
          throw error("an escape sequence \\\\, \\\" or \\n in the label value");
        }
        escapes = true;
      }
      position++;
    }
  }

  final void expect(char c, String expected) {
    if (position >= limit || buffer[position] != c) {
      throw error(expected);
    }
    position++;
  }

  /** Returns the end of a token that stops at a blank, a newline or the end of input. */
  final int readToken() {
    while (position < limit) {
      byte b = buffer[position];
      if (b == ' ' || b == '\t' || b == '\n') {
        break;
      }
      position++;
    }
    return position;
  }

  final double parseValue(int start, int end, String what) {
    try {
      return FloatParser.parse(buffer, start, end);
    } catch (IllegalArgumentException e) {
      throw problem(start - lineStart + 1, "expected " + what + ", found \""
          + new String(buffer, start, end - start, StandardCharsets.ISO_8859_1) + "\" (" + e.getMessage() + ")");
    }
  }

  final boolean wordIs(int start, int end, String word) {
    if (end - start != word.length()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (buffer[start + i] != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Reads the rest of the line as text, noting backslashes. */
  final void readTextToLineEnd() {
    textStart = position;
    textColumn = column();
    while (position < limit && buffer[position] != '\n') {
      if (buffer[position] == '\\') {
        textHasEscapes = true;
      }
      position++;
    }
    textEnd = position;
  }

  private String decodeHelp() {
    byte[] out = new byte[textEnd - textStart];
    int length = 0;
    for (int i = textStart; i < textEnd; i++) {
      byte b = buffer[i];
      if (b == '\\' && i + 1 < textEnd) {
        byte next = buffer[i + 1];
        if (next == '\\' || next == 'n' || (next == '"' && format() != ExpositionFormat.PROMETHEUS_TEXT_0_0_4)) {
          out[length++] = next == 'n' ? (byte) '\n' : next;
          i++;
          continue;
        }
      }
      out[length++] = b;
    }
    return new String(out, 0, length, StandardCharsets.UTF_8);
  }

  static boolean isMetricNameByte(byte b, boolean first) {
    return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b == '_' || b == ':'
        || (!first && b >= '0' && b <= '9');
  }

  static boolean isLabelNameByte(byte b, boolean first) {
    return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b == '_'
        || (!first && b >= '0' && b <= '9');
  }
}
