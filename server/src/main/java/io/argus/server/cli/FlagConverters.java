package io.argus.server.cli;

import io.argus.core.time.PrometheusDuration;
import io.argus.server.ListenAddress;
import io.argus.server.config.ByteSize;
import io.argus.server.logging.LogFormat;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converters for flag values in Prometheus' syntax; picocli names the flag in the error. */
final class FlagConverters {

  private FlagConverters() {}

  /** A Prometheus duration, to milliseconds. */
  static final class DurationMillis implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      try {
        return PrometheusDuration.parseMillis(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** A size such as {@code 512MB}, to bytes. */
  static final class SizeBytes implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      try {
        return ByteSize.parseBytes(value);
      } catch (IllegalArgumentException | ArithmeticException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** A count that may be written as {@code 5e7}, as Prometheus' flags allow. */
  static final class Count implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      try {
        double parsed = Double.parseDouble(value);
        if (parsed < 0 || parsed != Math.rint(parsed) || parsed > Long.MAX_VALUE) {
          throw new TypeConversionException("expected a non-negative integer, got \"" + value + "\"");
        }
        return (long) parsed;
      } catch (NumberFormatException e) {
        throw new TypeConversionException("expected a non-negative integer, got \"" + value + "\"");
      }
    }
  }

  static final class Address implements ITypeConverter<ListenAddress> {
    @Override
    public ListenAddress convert(String value) {
      try {
        return ListenAddress.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  static final class Level implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      return switch (value) {
        case "debug", "info", "warn", "error" -> value;
        default -> throw new TypeConversionException(
            "unrecognized log level \"" + value + "\" (one of debug, info, warn, error)");
      };
    }
  }

  static final class Format implements ITypeConverter<LogFormat> {
    @Override
    public LogFormat convert(String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "logfmt" -> LogFormat.LOGFMT;
        case "json" -> LogFormat.JSON;
        default -> throw new TypeConversionException(
            "unrecognized log format \"" + value + "\" (one of logfmt, json)");
      };
    }
  }
}
