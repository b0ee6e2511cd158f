package io.argus.server.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.LayoutBase;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.event.KeyValuePair;

/**
 * Formats an event as one logfmt or JSON line: {@code ts}, {@code level}, {@code logger},
 * {@code msg}, then the event's key-value pairs, then {@code err} for an exception.
 */
final class LogLineLayout extends LayoutBase<ILoggingEvent> {

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final LogFormat format;

  LogLineLayout(LogFormat format) {
    this.format = format;
  }

  @Override
  public String doLayout(ILoggingEvent event) {
    List<String[]> fields = new ArrayList<>();
    fields.add(new String[] {"ts", TIMESTAMP.format(Instant.ofEpochMilli(event.getTimeStamp()))});
    fields.add(new String[] {"level", levelName(event.getLevel())});
    String logger = event.getLoggerName();
    fields.add(new String[] {"logger", logger.substring(logger.lastIndexOf('.') + 1)});
    fields.add(new String[] {"msg", event.getFormattedMessage()});
    if (event.getKeyValuePairs() != null) {
      for (KeyValuePair pair : event.getKeyValuePairs()) {
        fields.add(new String[] {pair.key, String.valueOf(pair.value)});
      }
    }
    IThrowableProxy error = event.getThrowableProxy();
    if (error != null) {
      fields.add(new String[] {"err", error.getClassName() + ": " + error.getMessage()});
    }
    return format == LogFormat.JSON ? json(fields) : logfmt(fields);
  }

  private static String levelName(Level level) {
    return switch (level.toInt()) {
      case Level.ERROR_INT -> "error";
      case Level.WARN_INT -> "warn";
      case Level.INFO_INT -> "info";
      default -> "debug";
    };
  }

  private static String logfmt(List<String[]> fields) {
    StringBuilder out = new StringBuilder();
    for (String[] field : fields) {
      if (!out.isEmpty()) {
        out.append(' ');
      }
      out.append(field[0]).append('=');
      String value = field[1];
      if (needsQuotes(value)) {
        appendEscaped(out.append('"'), value).append('"');
      } else {
        out.append(value);
      }
    }
    return out.append('\n').toString();
  }

  private static String json(List<String[]> fields) {
    StringBuilder out = new StringBuilder("{");
    for (String[] field : fields) {
      if (out.length() > 1) {
        out.append(',');
      }
      appendEscaped(out.append('"'), field[0]).append("\":\"");
      appendEscaped(out, field[1]).append('"');
    }
    return out.append("}\n").toString();
  }

  private static boolean needsQuotes(String value) {
    if (value.isEmpty()) {
      return true;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c <= ' ' || c == '"' || c == '=' || c == '\\') {
        return true;
      }
    }
    return false;
  }

  private static StringBuilder appendEscaped(StringBuilder out, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out;
  }
}
