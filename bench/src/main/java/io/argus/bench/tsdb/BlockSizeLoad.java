package io.argus.bench.tsdb;

import io.argus.core.label.Labels;
import io.argus.core.storage.Appender;
import io.argus.tsdb.Tsdb;
import io.argus.tsdb.TsdbOptions;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Bytes per sample of Argus blocks against Prometheus': generates a reproducible, realistic data set
 * (seeded; a mix of counters, gauges with a few significant digits, constant series and histogram
 * buckets, ten labels per series, 15 s interval), writes it as an OpenMetrics file for {@code promtool
 * tsdb create-blocks-from openmetrics}, and appends the same samples to an Argus TSDB whose head is
 * then cut into 2 h blocks. Prints the Argus sizes (chunks and index apart); {@link #main} with
 * {@code --measure DIR} prints the same for any directory of blocks, e.g. promtool's output.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.argus.bench.tsdb.BlockSizeLoad --series 10000 --hours 6 --dir /tmp/argus-size
 * promtool tsdb create-blocks-from openmetrics /tmp/argus-size/input.om /tmp/argus-size/prometheus
 * java -cp bench/target/benchmarks.jar io.argus.bench.tsdb.BlockSizeLoad --measure /tmp/argus-size/prometheus
 * </pre>
 */
public final class BlockSizeLoad {

  private static final long INTERVAL_MILLIS = 15_000;
  /** A fixed, 2 h aligned start so both tools cut the same blocks. */
  private static final long START_MILLIS = 1_700_006_400_000L;
  private static final String[] BUCKETS = {"0.005", "0.01", "0.05", "0.1", "0.5", "1", "5", "+Inf"};

  private BlockSizeLoad() {}

  public static void main(String[] args) throws IOException {
    String measure = option(args, "--measure", null);
    if (measure != null) {
      report("blocks", Path.of(measure), -1);
      return;
    }
    int seriesCount = Integer.parseInt(option(args, "--series", "10000"));
    int hours = Integer.parseInt(option(args, "--hours", "6"));
    Path directory = Path.of(option(args, "--dir", "/tmp/argus-block-size"));
    Files.createDirectories(directory);
    Labels[] labels = new Labels[seriesCount];
    for (int i = 0; i < seriesCount; i++) {
      labels[i] = labels(i);
    }
    int steps = (int) (hours * 3_600_000L / INTERVAL_MILLIS);
    double[][] values = generate(seriesCount, steps);
    writeOpenMetrics(directory.resolve("input.om"), labels, values);
    Path argus = directory.resolve("argus");
    TsdbOptions options = TsdbOptions.defaults().withWalEnabled(false).withTruncationCheckIntervalMillis(0)
        .withRetention(0, 0);
    try (Tsdb tsdb = Tsdb.open(argus, options)) {
      long[] refs = new long[seriesCount];
      for (int step = 0; step < steps; step++) {
        Appender appender = tsdb.appender();
        long t = START_MILLIS + step * INTERVAL_MILLIS;
        for (int s = 0; s < seriesCount; s++) {
          refs[s] = appender.append(refs[s], labels[s], t, values[s][step]);
        }
        appender.commit();
      }
      tsdb.truncateHead(START_MILLIS + hours * 3_600_000L);
    }
    report("argus", argus, (long) seriesCount * steps);
  }

  /** Ten labels; the metric kind repeats every 20 series so each kind has many series. */
  static Labels labels(int i) {
    int kind = i % 20;
    String name = kind < 6 ? "http_requests_total" : kind < 12 ? "node_temperature_celsius"
        : kind < 14 ? "build_info" : "http_request_duration_seconds_bucket";
    String[] pairs = {
        "__name__", name,
        "instance", "host-" + (i / 20 % 500) + ".example.com:9100",
        "job", "job-" + (i % 7),
        "region", "region-" + (i % 3),
        "zone", "zone-" + (i % 9),
        "service", "service-" + (i / 20 % 37),
        "env", i % 4 == 0 ? "staging" : "production",
        "team", "team-" + (i % 11),
        "version", "1." + (i % 5) + ".0",
        kind >= 14 ? "le" : "path", kind >= 14 ? BUCKETS[(kind - 14) % BUCKETS.length] : "/api/v" + (kind % 6),
    };
    return Labels.of(pairs);
  }

  static double[][] generate(int seriesCount, int steps) {
    Random random = new Random(20261123);
    double[][] values = new double[seriesCount][steps];
    for (int s = 0; s < seriesCount; s++) {
      int kind = s % 20;
      double value = kind < 6 ? random.nextInt(100_000) : 40 + random.nextInt(30);
      for (int step = 0; step < steps; step++) {
        if (kind < 6) {
          value += random.nextInt(50);
        } else if (kind < 12) {
          // A gauge with a few significant digits: one decimal, drifting.
          value = Math.round((value + random.nextGaussian() * 0.3) * 10) / 10.0;
        } else if (kind < 14) {
          value = 1;
        } else {
          // Cumulative bucket counts: larger buckets grow faster.
          value += random.nextInt(2 + (kind - 14) * 3);
        }
        values[s][step] = value;
      }
    }
    return values;
  }

  private static void writeOpenMetrics(Path file, Labels[] labels, double[][] values) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int s = 0; s < labels.length; s++) {
        String currentName = labels[s].metricName();
        StringBuilder prefix = new StringBuilder(currentName).append('{');
        for (int l = 0; l < labels[s].size(); l++) {
          if (labels[s].name(l).equals("__name__")) {
            continue;
          }
          if (prefix.charAt(prefix.length() - 1) != '{') {
            prefix.append(',');
          }
          prefix.append(labels[s].name(l)).append("=\"").append(labels[s].value(l)).append('"');
        }
        prefix.append("} ");
        String line = prefix.toString();
        for (int step = 0; step < values[s].length; step++) {
          long t = START_MILLIS + step * INTERVAL_MILLIS;
          out.write(line);
          out.write(format(values[s][step]));
          out.write(' ');
          out.write(Long.toString(t / 1000));
          out.write('\n');
        }
      }
      out.write("# EOF\n");
    }
  }

  private static String format(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return String.format(Locale.ROOT, "%s", value);
  }

  private static void report(String what, Path directory, long samples) throws IOException {
    long chunks = 0;
    long index = 0;
    long meta = 0;
    int blocks = 0;
    try (Stream<Path> children = Files.list(directory)) {
      for (Path child : children.toList()) {
        if (!Files.isRegularFile(child.resolve("meta.json"))) {
          continue;
        }
        blocks++;
        index += Files.size(child.resolve("index"));
        meta += Files.size(child.resolve("meta.json"));
        try (Stream<Path> files = Files.list(child.resolve("chunks"))) {
          for (Path file : files.toList()) {
            chunks += Files.size(file);
          }
        }
      }
    }
    System.out.printf(Locale.ROOT, "%s: %d blocks, chunks %d bytes, index %d bytes, meta %d bytes%n",
        what, blocks, chunks, index, meta);
    if (samples > 0) {
      System.out.printf(Locale.ROOT, "%s: %d samples, %.3f bytes/sample (chunks %.3f, index %.3f)%n",
          what, samples, (chunks + index + meta) / (double) samples, chunks / (double) samples,
          index / (double) samples);
    }
  }

  private static String option(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }
}
