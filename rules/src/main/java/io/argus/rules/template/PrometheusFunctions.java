package io.argus.rules.template;

import io.argus.core.time.PrometheusDuration;
import io.argus.template.Functions;
import io.argus.template.TemplateFunction;
import io.argus.template.TemplateFunctionException;
import io.argus.template.format.GoFormat;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The functions Prometheus adds to Go's templates ({@code template/template.go}), with Go's exact
 * output: {@code humanize} prints {@code %.4g} with an SI prefix, {@code humanizeTimestamp} prints
 * Go's {@code time.Time}, {@code title} is Go's {@code strings.Title}.
 */
public final class PrometheusFunctions {

  private static final String[] LARGE_PREFIXES = {"k", "M", "G", "T", "P", "E", "Z", "Y"};
  private static final String[] SMALL_PREFIXES = {"m", "u", "n", "p", "f", "a", "z", "y"};
  private static final String[] BINARY_PREFIXES = {"ki", "Mi", "Gi", "Ti", "Pi", "Ei", "Zi", "Yi"};

  private PrometheusFunctions() {}

  /**
   * Go's built-ins plus Prometheus' functions, bound to one expansion.
   *
   * @param query runs {@code query "…"}; may be null where no query is possible (load-time checks)
   * @param evaluationTimeMillis the time {@code now} returns
   * @param externalUrl the server's external URL, for {@code externalURL}, {@code pathPrefix}
   */
  public static Functions create(TemplateQuery query, long evaluationTimeMillis, String externalUrl) {
    Map<String, TemplateFunction> functions = new LinkedHashMap<>();
    functions.put("query", arguments -> {
      String expr = stringArgument("query", arguments, 0, 1);
      if (query == null) {
        throw new TemplateFunctionException("query is not available here");
      }
      return new ArrayList<>(query.query(expr));
    });
    functions.put("first", arguments -> {
      List<?> samples = sampleList("first", arguments, 0, 1);
      if (samples.isEmpty()) {
        throw new TemplateFunctionException("first() called on vector with no elements");
      }
      return samples.getFirst();
    });
    functions.put("label", arguments -> {
      String label = stringArgument("label", arguments, 0, 2);
      return sample(arguments.get(1)).labels().getOrDefault(label, "");
    });
    functions.put("value", arguments -> sample(single("value", arguments)).value());
    functions.put("strvalue", arguments -> sample(single("strvalue", arguments)).labels().getOrDefault("__value__", ""));
    functions.put("args", arguments -> {
      Map<String, Object> result = new LinkedHashMap<>();
      for (int i = 0; i < arguments.size(); i++) {
        result.put("arg" + i, arguments.get(i));
      }
      return result;
    });
    functions.put("reReplaceAll", arguments -> {
      String pattern = stringArgument("reReplaceAll", arguments, 0, 3);
      String replacement = stringArgument("reReplaceAll", arguments, 1, 3);
      String text = stringArgument("reReplaceAll", arguments, 2, 3);
      return GoRegex.replaceAll(compile(pattern), text, replacement);
    });
    functions.put("match", arguments -> {
      String pattern = stringArgument("match", arguments, 0, 2);
      return compile(pattern).matcher(stringArgument("match", arguments, 1, 2)).find();
    });
    functions.put("title", arguments -> title(stringArgument("title", arguments, 0, 1)));
    functions.put("toUpper", arguments -> stringArgument("toUpper", arguments, 0, 1).toUpperCase(java.util.Locale.ROOT));
    functions.put("toLower", arguments -> stringArgument("toLower", arguments, 0, 1).toLowerCase(java.util.Locale.ROOT));
    functions.put("safeHtml", arguments -> stringArgument("safeHtml", arguments, 0, 1));
    functions.put("humanize", arguments -> humanize(toFloat(single("humanize", arguments))));
    functions.put("humanize1024", arguments -> humanize1024(toFloat(single("humanize1024", arguments))));
    functions.put("humanizeDuration", arguments -> humanizeDuration(toFloat(single("humanizeDuration", arguments))));
    functions.put("humanizePercentage", arguments -> GoTime.fourDigits(toFloat(single("humanizePercentage", arguments)) * 100) + "%");
    functions.put("humanizeTimestamp", arguments -> humanizeTimestamp(toFloat(single("humanizeTimestamp", arguments))));
    functions.put("toTime", arguments -> GoValue.time(timestampMillis(toFloat(single("toTime", arguments)))));
    functions.put("toDuration", arguments -> GoValue.duration(durationNanos(toFloat(single("toDuration", arguments)))));
    functions.put("now", arguments -> evaluationTimeMillis / 1000.0);
    functions.put("pathPrefix", arguments -> pathOf(externalUrl));
    functions.put("externalURL", arguments -> externalUrl);
    functions.put("graphLink", arguments -> graphLink(stringArgument("graphLink", arguments, 0, 1)));
    functions.put("tableLink", arguments -> tableLink(stringArgument("tableLink", arguments, 0, 1)));
    functions.put("sortByLabel", arguments -> {
      String label = stringArgument("sortByLabel", arguments, 0, 2);
      List<?> samples = sampleList("sortByLabel", arguments, 1, 2);
      List<Object> sorted = new ArrayList<>(samples);
      sorted.sort(Comparator.comparing(item -> sample(item).labels().getOrDefault(label, "")));
      return sorted;
    });
    functions.put("parseDuration", arguments -> {
      String text = stringArgument("parseDuration", arguments, 0, 1);
      try {
        return PrometheusDuration.parseMillis(text) / 1000.0;
      } catch (IllegalArgumentException e) {
        throw new TemplateFunctionException(e.getMessage());
      }
    });
    functions.put("stripPort", arguments -> stripPort(stringArgument("stripPort", arguments, 0, 1)));
    functions.put("stripDomain", arguments -> stripDomain(stringArgument("stripDomain", arguments, 0, 1)));
    return Functions.builtins().withAll(functions);
  }

  /** {@code humanize}: SI prefixes, 4 significant digits. */
  public static String humanize(double value) {
    double v = value;
    if (v == 0 || Double.isNaN(v) || Double.isInfinite(v)) {
      return GoTime.fourDigits(v);
    }
    String prefix = "";
    if (Math.abs(v) >= 1) {
      for (String candidate : LARGE_PREFIXES) {
        if (Math.abs(v) < 1000) {
          break;
        }
        prefix = candidate;
        v /= 1000;
      }
      return GoTime.fourDigits(v) + prefix;
    }
    for (String candidate : SMALL_PREFIXES) {
      if (Math.abs(v) >= 1) {
        break;
      }
      prefix = candidate;
      v *= 1000;
    }
    return GoTime.fourDigits(v) + prefix;
  }

  /** {@code humanize1024}: binary prefixes, 4 significant digits. */
  public static String humanize1024(double value) {
    double v = value;
    if (Math.abs(v) <= 1 || Double.isNaN(v) || Double.isInfinite(v)) {
      return GoTime.fourDigits(v);
    }
    String prefix = "";
    for (String candidate : BINARY_PREFIXES) {
      if (Math.abs(v) < 1024) {
        break;
      }
      prefix = candidate;
      v /= 1024;
    }
    return GoTime.fourDigits(v) + prefix;
  }

  /** {@code humanizeDuration}: {@code 1d 2h 3m 4s} from seconds, sub-second values with prefixes. */
  public static String humanizeDuration(double seconds) {
    double v = seconds;
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return GoTime.fourDigits(v);
    }
    if (v == 0) {
      return GoTime.fourDigits(v) + "s";
    }
    if (Math.abs(v) >= 1) {
      String sign = "";
      if (v < 0) {
        sign = "-";
        v = -v;
      }
      long duration = (long) v;
      long secs = duration % 60;
      long minutes = (duration / 60) % 60;
      long hours = (duration / 60 / 60) % 24;
      long days = duration / 60 / 60 / 24;
      if (days != 0) {
        return sign + days + "d " + hours + "h " + minutes + "m " + secs + "s";
      }
      if (hours != 0) {
        return sign + hours + "h " + minutes + "m " + secs + "s";
      }
      if (minutes != 0) {
        return sign + minutes + "m " + secs + "s";
      }
      return sign + GoTime.fourDigits(v) + "s";
    }
    String prefix = "";
    for (String candidate : SMALL_PREFIXES) {
      if (Math.abs(v) >= 1) {
        break;
      }
      prefix = candidate;
      v *= 1000;
    }
    return GoTime.fourDigits(v) + prefix + "s";
  }

  /** {@code humanizeTimestamp}: Go's {@code time.Time} printing of a Unix time in seconds. */
  public static String humanizeTimestamp(double seconds) {
    if (Double.isNaN(seconds) || Double.isInfinite(seconds)) {
      return GoTime.fourDigits(seconds);
    }
    return GoTime.formatTime(timestampMillis(seconds));
  }

  /** {@code /graph?g0.expr=…&g0.tab=0}, Prometheus' link to a query's graph. */
  public static String graphLink(String expr) {
    return "/graph?g0.expr=" + urlQueryEscape(expr) + "&g0.tab=0";
  }

  /** {@code /graph?g0.expr=…&g0.tab=1}, Prometheus' link to a query's table. */
  public static String tableLink(String expr) {
    return "/graph?g0.expr=" + urlQueryEscape(expr) + "&g0.tab=1";
  }

  /** Go's {@code url.QueryEscape}. */
  public static String urlQueryEscape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (byte b : text.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '_' || c == '.' || c == '~') {
        out.append((char) c);
      } else if (c == ' ') {
        out.append('+');
      } else {
        out.append('%').append(String.format("%02X", c));
      }
    }
    return out.toString();
  }

  private static long timestampMillis(double seconds) {
    double nanos = seconds * 1e9;
    if (nanos > Long.MAX_VALUE || nanos < Long.MIN_VALUE || Double.isNaN(nanos)) {
      throw new TemplateFunctionException(
          GoFormat.formatValue(seconds) + " cannot be represented as a nanoseconds timestamp since it overflows int64");
    }
    return Math.floorDiv((long) nanos, 1_000_000L);
  }

  private static long durationNanos(double seconds) {
    double nanos = seconds * 1e9;
    if (nanos > Long.MAX_VALUE || nanos < Long.MIN_VALUE || Double.isNaN(nanos)) {
      throw new TemplateFunctionException(
          GoFormat.formatValue(seconds) + " cannot be represented as a nanoseconds duration since it overflows int64");
    }
    return (long) nanos;
  }

  /** Prometheus' {@code convertToFloat}: numbers, numeric strings and durations. */
  static double toFloat(Object value) {
    return switch (value) {
      case Double number -> number;
      case Long number -> number.doubleValue();
      case Integer number -> number.doubleValue();
      case GoValue.Duration duration -> duration.nanos() / 1e9;
      case String text -> {
        try {
          yield GoFloats.parse(text);
        } catch (NumberFormatException e) {
          throw new TemplateFunctionException("strconv.ParseFloat: parsing " + GoFormat.quote(text) + ": invalid syntax");
        }
      }
      default -> throw new TemplateFunctionException("can't convert " + GoFormat.typeName(value) + " to float");
    };
  }

  /** Go's deprecated {@code strings.Title}: upper-cases the first letter of each word. */
  static String title(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int previous = ' ';
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      out.appendCodePoint(isSeparator(previous) ? Character.toTitleCase(c) : c);
      previous = c;
      i += Character.charCount(c);
    }
    return out.toString();
  }

  private static boolean isSeparator(int c) {
    if (c <= 0x7F) {
      boolean alphanumeric = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
      return !alphanumeric;
    }
    if (Character.isLetterOrDigit(c)) {
      return false;
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static String pathOf(String externalUrl) {
    try {
      String path = URI.create(externalUrl).getRawPath();
      return path == null ? "" : path;
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private static String stripPort(String hostPort) {
    int colon = hostPort.lastIndexOf(':');
    if (colon < 0) {
      return hostPort;
    }
    String host = hostPort.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      return host.substring(1, host.length() - 1);
    }
    return host.contains(":") ? hostPort : host;
  }

  private static String stripDomain(String hostPort) {
    String host = hostPort;
    String port = "";
    int colon = hostPort.lastIndexOf(':');
    if (colon >= 0 && !hostPort.substring(0, colon).contains(":")) {
      host = hostPort.substring(0, colon);
      port = hostPort.substring(colon);
    }
    if (host.matches("[0-9.]+") || host.contains(":")) {
      return hostPort;
    }
    int dot = host.indexOf('.');
    return (dot < 0 ? host : host.substring(0, dot)) + port;
  }

  private static Pattern compile(String pattern) {
    try {
      return Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      throw new TemplateFunctionException("error parsing regexp: " + e.getDescription() + ": `" + pattern + "`");
    }
  }

  private static Object single(String name, List<Object> arguments) {
    if (arguments.size() != 1) {
      throw new TemplateFunctionException("wrong number of args for " + name + ": want 1 got " + arguments.size());
    }
    return arguments.getFirst();
  }

  private static String stringArgument(String name, List<Object> arguments, int index, int count) {
    if (arguments.size() != count) {
      throw new TemplateFunctionException(
          "wrong number of args for " + name + ": want " + count + " got " + arguments.size());
    }
    if (!(arguments.get(index) instanceof String text)) {
      throw new TemplateFunctionException(
          "wrong type for value; expected string; got " + GoFormat.typeName(arguments.get(index)));
    }
    return text;
  }

  private static List<?> sampleList(String name, List<Object> arguments, int index, int count) {
    if (arguments.size() != count) {
      throw new TemplateFunctionException(
          "wrong number of args for " + name + ": want " + count + " got " + arguments.size());
    }
    if (!(arguments.get(index) instanceof List<?> list)) {
      throw new TemplateFunctionException(
          "wrong type for value; expected template.queryResult; got " + GoFormat.typeName(arguments.get(index)));
    }
    return list;
  }

  private static TemplateSample sample(Object value) {
    if (value instanceof TemplateSample sample) {
      return sample;
    }
    throw new TemplateFunctionException(
        "wrong type for value; expected *template.sample; got " + GoFormat.typeName(value));
  }
}
