package io.argus.server.web;

import io.argus.core.label.Labels;
import io.argus.core.label.Matcher;
import io.argus.core.storage.Querier;
import io.argus.core.storage.Queryable;
import io.argus.core.storage.SampleIterator;
import io.argus.core.storage.SelectHints;
import io.argus.core.storage.SeriesSet;
import io.argus.core.storage.StaleMarker;
import io.argus.promql.parser.ParseException;
import io.argus.promql.parser.PromqlParser;
import io.argus.promql.printer.GoFloat;
import io.argus.server.http.Exchange;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * {@code /federate}: the latest sample of every series matching any {@code match[]} selector, within
 * the lookback window, in the text exposition format 0.0.4 as Prometheus writes it: families sorted
 * by name and typed {@code untyped}, the sample's own timestamp in milliseconds, external labels
 * appended after the series' labels unless the series has a label of that name, stale series left
 * out.
 */
public final class FederationEndpoint {

  private static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final Queryable storage;
  private final Supplier<Labels> externalLabels;
  private final LongSupplier lookbackDeltaMillis;
  private final Clock clock;

  public FederationEndpoint(Queryable storage, Supplier<Labels> externalLabels, LongSupplier lookbackDeltaMillis,
      Clock clock) {
    this.storage = storage;
    this.externalLabels = externalLabels;
    this.lookbackDeltaMillis = lookbackDeltaMillis;
    this.clock = clock;
  }

  /** The newest sample of one series. */
  private record Latest(Labels labels, long timestampMillis, double value) {}

  public void handle(Exchange exchange) throws IOException {
    List<List<Matcher>> selectors = new ArrayList<>();
    for (String selector : exchange.parameters("match[]")) {
      try {
        selectors.add(PromqlParser.parseMetricSelector(selector));
      } catch (ParseException e) {
        exchange.respondText(400, e.getMessage() + "\n");
        return;
      }
    }
    long maxTime = clock.millis();
    long minTime = maxTime - lookbackDeltaMillis.getAsLong();
    Map<Labels, Latest> latest = new HashMap<>();
    try (Querier querier = storage.querier(minTime, maxTime)) {
      for (List<Matcher> selector : selectors) {
        collectLatest(querier.select(false, SelectHints.range(minTime, maxTime), selector.toArray(Matcher[]::new)),
            maxTime, latest);
      }
    }
    List<Latest> samples = new ArrayList<>(latest.values());
    samples.sort(Comparator.comparing((Latest sample) -> sample.labels().metricName())
        .thenComparing(Latest::labels));
    Labels external = externalLabels.get();
    exchange.stream(200, CONTENT_TYPE, out -> {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      String family = null;
      for (Latest sample : samples) {
        String name = sample.labels().metricName();
        if (!name.equals(family)) {
          writer.write("# TYPE " + name + " untyped\n");
          family = name;
        }
        writeSample(writer, sample, external);
      }
      writer.flush();
    });
  }

  private static void collectLatest(SeriesSet set, long maxTime, Map<Labels, Latest> latest) {
    SampleIterator iterator = null;
    while (set.next()) {
      Labels labels = set.at().labels();
      if (labels.metricName().isEmpty() || latest.containsKey(labels)) {
        continue;
      }
      iterator = set.at().iterator(iterator);
      boolean found = false;
      long timestamp = 0;
      double value = 0;
      while (iterator.next() && iterator.timestampMillis() <= maxTime) {
        found = true;
        timestamp = iterator.timestampMillis();
        value = iterator.value();
      }
      if (found && !StaleMarker.isStale(value)) {
        latest.put(labels, new Latest(labels, timestamp, value));
      }
    }
  }

  private static void writeSample(Writer writer, Latest sample, Labels external) throws IOException {
    StringBuilder line = new StringBuilder(sample.labels().metricName()).append('{');
    boolean first = true;
    Labels labels = sample.labels();
    for (int i = 0; i < labels.size(); i++) {
      if (labels.name(i).equals(Labels.METRIC_NAME)) {
        continue;
      }
      first = appendLabel(line, first, labels.name(i), labels.value(i));
    }
    for (int i = 0; i < external.size(); i++) {
      if (!labels.has(external.name(i))) {
        first = appendLabel(line, first, external.name(i), external.value(i));
      }
    }
    if (first) {
      line.setLength(line.length() - 1); // no labels: no braces, as Prometheus writes it
    } else {
      line.append('}');
    }
    line.append(' ').append(GoFloat.formatShortest(sample.value())).append(' ').append(sample.timestampMillis()).append('\n');
    writer.write(line.toString());
  }

  private static boolean appendLabel(StringBuilder line, boolean first, String name, String value) {
    if (!first) {
      line.append(',');
    }
    line.append(name).append("=\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> line.append("\\\\");
        case '"' -> line.append("\\\"");
        case '\n' -> line.append("\\n");
        default -> line.append(c);
      }
    }
    line.append('"');
    return false;
  }
}
