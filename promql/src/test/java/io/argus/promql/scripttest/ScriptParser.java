package io.argus.promql.scripttest;

import io.argus.core.label.Labels;
import io.argus.core.time.PrometheusDuration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a PromQL test script (the format of {@code shared/promql-tests/FORMAT.md}) into commands.
 * Eval expressions are kept as text and parsed when the eval runs, so that a query the Java parser
 * rejects fails only its own case.
 */
final class ScriptParser {

  private final Function<String, Labels> metricParser;

  ScriptParser(Function<String, Labels> metricParser) {
    this.metricParser = metricParser;
  }

  /**
   * @throws IllegalArgumentException naming the line that is malformed
   */
  List<ScriptCommand> parse(String content) {
    String[] lines = content.split("\n", -1);
    List<ScriptCommand> commands = new ArrayList<>();
    int i = 0;
    while (i < lines.length) {
      String header = clean(lines[i]);
      if (header.isEmpty()) {
        i++;
        continue;
      }
      int headerLine = i + 1;
      List<String> body = new ArrayList<>();
      i++;
      // clear is a single-line command: a load may follow it directly.
      boolean hasBody = !header.toLowerCase(java.util.Locale.ROOT).startsWith("clear");
      while (hasBody && i < lines.length && !clean(lines[i]).isEmpty()) {
        body.add(clean(lines[i]));
        i++;
      }
      try {
        commands.add(command(header, headerLine, body));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("line " + headerLine + ": " + e.getMessage(), e);
      }
    }
    return commands;
  }

  /** Trims the line; a comment line counts as empty. */
  private static String clean(String line) {
    String trimmed = line.strip();
    return trimmed.startsWith("#") ? "" : trimmed;
  }

  private ScriptCommand command(String header, int line, List<String> body) {
    String word = header.split("[ \t]+", 2)[0].toLowerCase(java.util.Locale.ROOT);
    if (word.equals("clear")) {
      return new ScriptCommand.Clear(line);
    }
    if (word.startsWith("load")) {
      return load(header, line, body);
    }
    if (word.startsWith("eval")) {
      return eval(header, line, body);
    }
    throw new IllegalArgumentException("invalid command: " + header);
  }

  private ScriptCommand load(String header, int line, List<String> body) {
    String[] tokens = header.split("[ \t]+");
    if (tokens.length != 2) {
      throw new IllegalArgumentException("malformed load header: " + header);
    }
    long step = PrometheusDuration.parseMillis(tokens[1]);
    Map<Labels, ScriptCommand.LoadedSeries> series = new LinkedHashMap<>();
    for (String bodyLine : body) {
      String[] parts = splitSeriesLine(bodyLine);
      if (parts[0].endsWith("@st")) {
        continue; // start timestamps are not supported by the store
      }
      Labels labels = metricParser.apply(parts[0]);
      series.put(labels, new ScriptCommand.LoadedSeries(labels, SeriesValues.parse(parts[1])));
    }
    return new ScriptCommand.Load(line, step, List.copyOf(series.values()));
  }

  private ScriptCommand eval(String header, int line, List<String> body) {
    String[] words = header.split("[ \t]+", 2);
    String command = words[0];
    String rest = words.length > 1 ? words[1] : "";
    boolean failHeader = command.equals("eval_fail");
    boolean warnHeader = command.equals("eval_warn");
    boolean infoHeader = command.equals("eval_info");
    boolean orderedHeader = command.equals("eval_ordered");
    if (!command.equals("eval") && !failHeader && !warnHeader && !infoHeader && !orderedHeader) {
      throw new IllegalArgumentException("invalid command: " + header);
    }
    String[] tokens = rest.split("[ \t]+", 2);
    boolean range;
    long at = 0;
    long start = 0;
    long end = 0;
    long step = 0;
    String expression;
    if (tokens[0].equals("instant")) {
      String[] parts = tokens[1].split("[ \t]+", 3);
      if (!parts[0].equals("at")) {
        throw new IllegalArgumentException("instant eval needs \"at\": " + header);
      }
      range = false;
      at = PrometheusDuration.parseMillis(parts[1]);
      expression = parts[2];
    } else if (tokens[0].equals("range")) {
      String[] parts = tokens[1].split("[ \t]+", 7);
      if (!parts[0].equals("from") || !parts[2].equals("to") || !parts[4].equals("step")) {
        throw new IllegalArgumentException("malformed range eval header: " + header);
      }
      range = true;
      start = PrometheusDuration.parseMillis(parts[1]);
      end = PrometheusDuration.parseMillis(parts[3]);
      step = PrometheusDuration.parseMillis(parts[5]);
      expression = parts[6];
    } else {
      throw new IllegalArgumentException("malformed eval header: " + header);
    }
    ScriptCommand.Expectations expectations =
        expectations(body, failHeader, warnHeader, infoHeader, orderedHeader);
    if (expectations.rangeVector() != null) {
      at = expectations.rangeVector()[1];
    }
    return new ScriptCommand.Eval(line, range, expression, at, start, end, step, expectations);
  }

  private ScriptCommand.Expectations expectations(
      List<String> body,
      boolean failHeader,
      boolean warnHeader,
      boolean infoHeader,
      boolean orderedHeader) {
    ScriptCommand.MessageMatch fail = failHeader ? new ScriptCommand.MessageMatch(null, null) : null;
    List<ScriptCommand.MessageMatch> warnings = new ArrayList<>();
    List<ScriptCommand.MessageMatch> infos = new ArrayList<>();
    boolean noWarnings = false;
    boolean noInfos = false;
    boolean ordered = orderedHeader;
    long[] rangeVector = null;
    String string = null;
    Double scalar = null;
    boolean usesHistograms = false;
    Map<Labels, ScriptCommand.ExpectedSeries> series = new LinkedHashMap<>();
    for (String line : body) {
      if (failHeader
          && (line.startsWith("expected_fail_message") || line.startsWith("expected_fail_regexp"))) {
        String text = line.substring(line.indexOf(' ') + 1).strip();
        fail =
            line.startsWith("expected_fail_message")
                ? new ScriptCommand.MessageMatch(text, null)
                : new ScriptCommand.MessageMatch(null, text);
        break;
      }
      if (line.startsWith("expect range vector")) {
        String[] parts = line.split("[ \t]+");
        rangeVector =
            new long[] {
              PrometheusDuration.parseMillis(parts[4]),
              PrometheusDuration.parseMillis(parts[6]),
              PrometheusDuration.parseMillis(parts[8])
            };
        continue;
      }
      if (line.startsWith("expect string")) {
        string = GoString.unquote(line.substring("expect string ".length()));
        continue;
      }
      String[] words = line.split("[ \t]+", 3);
      if (words[0].equals("expect")) {
        String kind = words[1];
        ScriptCommand.MessageMatch match = match(words.length > 2 ? words[2] : "");
        switch (kind) {
          case "fail" -> fail = match;
          case "warn" -> warnings.add(match);
          case "no_warn" -> noWarnings = true;
          case "info" -> infos.add(match);
          case "no_info" -> noInfos = true;
          case "ordered" -> ordered = true;
          default -> throw new IllegalArgumentException("unknown expectation: " + line);
        }
        continue;
      }
      Double number = scalarLine(line);
      if (number != null) {
        scalar = number;
        break;
      }
      String[] parts = splitSeriesLine(line);
      Labels labels = metricParser.apply(parts[0]);
      SeriesValues values = SeriesValues.parse(parts[1]);
      usesHistograms |= values.hasHistogram();
      series.remove(labels);
      series.put(labels, new ScriptCommand.ExpectedSeries(labels, values));
    }
    return new ScriptCommand.Expectations(
        fail,
        List.copyOf(warnings),
        warnHeader,
        noWarnings,
        List.copyOf(infos),
        infoHeader,
        noInfos,
        ordered,
        rangeVector,
        string,
        scalar,
        List.copyOf(series.values()),
        usesHistograms);
  }

  private static ScriptCommand.MessageMatch match(String rest) {
    String text = rest.strip();
    if (text.startsWith("msg:")) {
      return new ScriptCommand.MessageMatch(text.substring(4).strip(), null);
    }
    if (text.startsWith("regex:")) {
      return new ScriptCommand.MessageMatch(null, text.substring(6).strip());
    }
    return new ScriptCommand.MessageMatch(null, null);
  }

  /** The value of a body line that is a bare number in Go syntax, or null. */
  static Double scalarLine(String line) {
    String text = line.strip();
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    switch (lower) {
      case "nan", "+nan", "-nan":
        return Double.NaN;
      case "inf", "+inf", "infinity", "+infinity":
        return Double.POSITIVE_INFINITY;
      case "-inf", "-infinity":
        return Double.NEGATIVE_INFINITY;
      default:
        break;
    }
    if (!text.matches("[+-]?(\\d[\\d_]*(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?")) {
      if (text.matches("[+-]?0[xX][0-9a-fA-F]+")) {
        boolean negative = text.startsWith("-");
        long value = Long.parseLong(text.replaceFirst("^[+-]?0[xX]", ""), 16);
        return (double) (negative ? -value : value);
      }
      return null;
    }
    return Double.parseDouble(text.replace("_", ""));
  }

  /** Splits a series line into its metric spec and its value items. */
  static String[] splitSeriesLine(String line) {
    int i = 0;
    int length = line.length();
    while (i < length && line.charAt(i) != '{' && line.charAt(i) != ' ' && line.charAt(i) != '\t') {
      i++;
    }
    if (i < length && line.charAt(i) == '{') {
      char quote = 0;
      for (; i < length; i++) {
        char c = line.charAt(i);
        if (quote != 0) {
          if (c == '\\' && quote != '`') {
            i++;
          } else if (c == quote) {
            quote = 0;
          }
        } else if (c == '"' || c == '\'' || c == '`') {
          quote = c;
        } else if (c == '}') {
          i++;
          break;
        }
      }
    }
    // "name@st" follows the spec without a space.
    while (i < length && line.charAt(i) != ' ' && line.charAt(i) != '\t') {
      i++;
    }
    return new String[] {line.substring(0, i), line.substring(i).strip()};
  }
}
