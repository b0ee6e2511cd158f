package io.argus.scrape.exposition;

import io.argus.core.label.Labels;

/** One entry as tests compare it: the kind and a readable rendering of its contents. */
record ParsedLine(ExpositionEntry entry, String text) {

  static java.util.List<ParsedLine> parseAll(ExpositionParser parser) {
    java.util.List<ParsedLine> lines = new java.util.ArrayList<>();
    for (ExpositionEntry entry = parser.next(); entry != ExpositionEntry.END; entry = parser.next()) {
      lines.add(new ParsedLine(entry, render(entry, parser)));
    }
    return lines;
  }

  static String render(ExpositionEntry entry, ExpositionParser parser) {
    return switch (entry) {
      case SERIES -> {
        Labels labels = parser.labels();
        String rendered = labels + " " + parser.value()
            + (parser.hasTimestamp() ? " @" + parser.timestampMillis() : "");
        if (parser.hasExemplar()) {
          rendered += " # " + parser.exemplarLabels() + " " + parser.exemplarValue()
              + (parser.exemplarHasTimestamp() ? " @" + parser.exemplarTimestampMillis() : "");
        }
        yield rendered;
      }
      case HELP, UNIT -> parser.metricName() + " " + parser.text();
      case TYPE -> parser.metricName() + " " + parser.metricType();
      case COMMENT, END -> "";
    };
  }
}
