package io.argus.scrape.exposition;

/**
 * OpenMetrics 1.0 text: exactly one space between tokens, no blank lines, only {@code # HELP},
 * {@code # TYPE}, {@code # UNIT} and the final {@code # EOF} as comments, timestamps in seconds
 * (converted to milliseconds by truncation, as Prometheus does), and exemplars after {@code  # }.
 * {@code _created} samples are returned as ordinary series, which is what Prometheus 2.42 stores.
 */
public final class OpenMetricsParser extends ExpositionParser {

  private boolean sawEof;

  public OpenMetricsParser(byte[] buffer, int offset, int length) {
    super(buffer, offset, length);
  }

  public OpenMetricsParser(byte[] buffer) {
    this(buffer, 0, buffer.length);
  }

  @Override
  public ExpositionFormat format() {
    return ExpositionFormat.OPENMETRICS_1_0_0;
  }

  @Override
  public ExpositionEntry next() {
    entryLine = lineNumber;
    if (sawEof) {
      return ExpositionEntry.END;
    }
    if (atEnd()) {
      throw error("'# EOF' as the last line");
    }
    resetSeries();
    byte first = buffer[position];
    ExpositionEntry entry;
    if (first == '#') {
      entry = metadata();
    } else if (first == '\n') {
      throw error("a metric name or '#' (OpenMetrics allows no empty lines)");
    } else {
      entry = series();
    }
    if (entry == ExpositionEntry.END) {
      return entry;
    }
    if (atEnd()) {
      throw error("end of line");
    }
    consumeNewline();
    return entry;
  }

  private ExpositionEntry metadata() {
    position++; // '#'
    expect(' ', "a space after '#'");
    int wordStart = position;
    int wordEnd = readToken();
    if (wordIs(wordStart, wordEnd, "EOF")) {
      if (atEnd() || (buffer[position] == '\n' && position + 1 == limit)) {
        position = limit;
        sawEof = true;
        return ExpositionEntry.END;
      }
      if (buffer[position] == '\n') {
        position++;
        lineNumber++;
        lineStart = position;
      }
      throw problem(column(), "unexpected data after '# EOF'");
    }
    ExpositionEntry entry;
    if (wordIs(wordStart, wordEnd, "HELP")) {
      entry = ExpositionEntry.HELP;
    } else if (wordIs(wordStart, wordEnd, "TYPE")) {
      entry = ExpositionEntry.TYPE;
    } else if (wordIs(wordStart, wordEnd, "UNIT")) {
      entry = ExpositionEntry.UNIT;
    } else {
      position = wordStart;
      throw error("HELP, TYPE, UNIT or EOF after '# '");
    }
    expect(' ', "a space after " + entry.name());
    readMetricName("a metric name after " + entry.name());
    if (entry == ExpositionEntry.TYPE) {
      expect(' ', "a space and a metric type after the metric name");
      int typeStart = position;
      int typeEnd = readToken();
      metricType = typeNamed(typeStart, typeEnd);
      if (!atLineEnd()) {
        throw error("end of line after the metric type");
      }
      return entry;
    }
    if (!atLineEnd()) {
      expect(' ', "a space after the metric name");
    }
    readTextToLineEnd();
    if (entry == ExpositionEntry.UNIT) {
      textHasEscapes = false;
    }
    return entry;
  }

  private MetricType typeNamed(int start, int end) {
    for (MetricType type : MetricType.values()) {
      if (wordIs(start, end, type.wireName())) {
        return type;
      }
    }
    position = start;
    throw error("a metric type (counter, gauge, histogram, gaugehistogram, stateset, info, summary or unknown)");
  }

  private ExpositionEntry series() {
    seriesStart = position;
    readMetricName("a metric name or '#'");
    if (position < limit && buffer[position] == '{') {
      readLabels(labels, false);
    }
    seriesEnd = position;
    expect(' ', seriesEnd == nameEnd ? "a space or '{' after the metric name" : "a space after the labels");
    int valueStart = position;
    int valueEnd = readToken();
    if (valueStart == valueEnd) {
      throw error("a sample value");
    }
    value = parseValue(valueStart, valueEnd, "a sample value");
    if (atLineEnd()) {
      return ExpositionEntry.SERIES;
    }
    expect(' ', "a space or end of line after the value");
    if (position < limit && buffer[position] != '#') {
      int timestampStart = position;
      int timestampEnd = readToken();
      timestampMillis = secondsToMillis(timestampStart, timestampEnd);
      hasTimestamp = true;
      if (atLineEnd()) {
        return ExpositionEntry.SERIES;
      }
      expect(' ', "a space or end of line after the timestamp");
    }
    exemplar();
    return ExpositionEntry.SERIES;
  }

  private void exemplar() {
    expect('#', "'#' to start an exemplar");
    expect(' ', "a space after '#'");
    if (position >= limit || buffer[position] != '{') {
      throw error("'{' to open the exemplar's labels");
    }
    readLabels(exemplarLabels, false);
    expect(' ', "a space after the exemplar's labels");
    int valueStart = position;
    int valueEnd = readToken();
    if (valueStart == valueEnd) {
      throw error("an exemplar value");
    }
    exemplarValue = parseValue(valueStart, valueEnd, "an exemplar value");
    hasExemplar = true;
    if (atLineEnd()) {
      return;
    }
    expect(' ', "a space or end of line after the exemplar value");
    int timestampStart = position;
    int timestampEnd = readToken();
    exemplarTimestampMillis = secondsToMillis(timestampStart, timestampEnd);
    exemplarHasTimestamp = true;
    if (!atLineEnd()) {
      throw error("end of line after the exemplar timestamp");
    }
  }

  private long secondsToMillis(int start, int end) {
    if (start == end) {
      throw error("a timestamp in seconds");
    }
    double seconds = parseValue(start, end, "a timestamp in seconds");
    if (Double.isNaN(seconds) || Double.isInfinite(seconds)) {
      throw problem(start - lineStart + 1, "expected a finite timestamp in seconds, found "
          + new String(buffer, start, end - start, java.nio.charset.StandardCharsets.ISO_8859_1));
    }
    return (long) (seconds * 1000);
  }
}
