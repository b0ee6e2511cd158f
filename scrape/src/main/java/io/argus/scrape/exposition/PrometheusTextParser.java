package io.argus.scrape.exposition;

/**
 * Prometheus text format 0.0.4: blank lines and free comments allowed, blanks (spaces or tabs)
 * between tokens, {@code # HELP name text} and {@code # TYPE name type} metadata, sample
 * timestamps as integer milliseconds. Label values accept only the escapes {@code \\}, {@code \"}
 * and {@code \n}; anything else is an error (Prometheus 2.42 keeps it literally, see
 * docs/compatibility.md).
 */
public final class PrometheusTextParser extends ExpositionParser {

  public PrometheusTextParser(byte[] buffer, int offset, int length) {
    super(buffer, offset, length);
  }

  public PrometheusTextParser(byte[] buffer) {
    this(buffer, 0, buffer.length);
  }

  @Override
  public ExpositionFormat format() {
    return ExpositionFormat.PROMETHEUS_TEXT_0_0_4;
  }

  @Override
  public ExpositionEntry next() {
    while (true) {
      if (atEnd()) {
        entryLine = lineNumber;
        return ExpositionEntry.END;
      }
      entryLine = lineNumber;
      resetSeries();
      skipBlanks();
      if (atLineEnd()) {
        consumeNewline();
        continue;
      }
      ExpositionEntry entry = buffer[position] == '#' ? comment() : series();
      consumeNewline();
      return entry;
    }
  }

  private ExpositionEntry comment() {
    position++; // '#'
    skipBlanks();
    int wordStart = position;
    int wordEnd = readToken();
    boolean help = wordIs(wordStart, wordEnd, "HELP");
    boolean type = wordIs(wordStart, wordEnd, "TYPE");
    if (!help && !type) {
      while (!atLineEnd()) {
        position++;
      }
      return ExpositionEntry.COMMENT;
    }
    int blankStart = position;
    skipBlanks();
    if (position == blankStart) {
      throw error("a space and a metric name after " + (help ? "HELP" : "TYPE"));
    }
    readMetricName("a metric name after " + (help ? "HELP" : "TYPE"));
    if (help) {
      if (!atLineEnd()) {
        if (buffer[position] != ' ' && buffer[position] != '\t') {
          throw error("a space after the metric name");
        }
        skipBlanks();
      }
      readTextToLineEnd();
      return ExpositionEntry.HELP;
    }
    int typeStart = position;
    skipBlanks();
    if (position == typeStart) {
      throw error("a space and a metric type after the metric name");
    }
    typeStart = position;
    int typeEnd = readToken();
    metricType = typeNamed(typeStart, typeEnd);
    skipBlanks();
    if (!atLineEnd()) {
      throw error("end of line after the metric type");
    }
    return ExpositionEntry.TYPE;
  }

  private MetricType typeNamed(int start, int end) {
    if (wordIs(start, end, "counter")) {
      return MetricType.COUNTER;
    } else if (wordIs(start, end, "gauge")) {
      return MetricType.GAUGE;
    } else if (wordIs(start, end, "histogram")) {
      return MetricType.HISTOGRAM;
    } else if (wordIs(start, end, "summary")) {
      return MetricType.SUMMARY;
    } else if (wordIs(start, end, "untyped")) {
      return MetricType.UNKNOWN;
    }
    position = start;
    throw error("a metric type (counter, gauge, histogram, summary or untyped)");
  }

  private ExpositionEntry series() {
    seriesStart = position;
    readMetricName("a metric name, '#' or an empty line");
    seriesEnd = position;
    skipBlanks();
    if (position < limit && buffer[position] == '{') {
      readLabels(labels, true);
      seriesEnd = position;
      skipBlanks();
    }
    if (position == seriesEnd) {
      throw error(labels.count() == 0 && seriesEnd == nameEnd
          ? "a space or '{' after the metric name" : "a space after the labels");
    }
    int valueStart = position;
    int valueEnd = readToken();
    if (valueStart == valueEnd) {
      throw error("a sample value");
    }
    value = parseValue(valueStart, valueEnd, "a sample value");
    skipBlanks();
    if (!atLineEnd()) {
      int timestampStart = position;
      int timestampEnd = readToken();
      try {
        timestampMillis = FloatParser.parseLong(buffer, timestampStart, timestampEnd);
      } catch (IllegalArgumentException e) {
        position = timestampStart;
        throw error("an integer timestamp in milliseconds or end of line");
      }
      hasTimestamp = true;
      skipBlanks();
      if (!atLineEnd()) {
        throw error("end of line after the timestamp");
      }
    }
    return ExpositionEntry.SERIES;
  }
}
