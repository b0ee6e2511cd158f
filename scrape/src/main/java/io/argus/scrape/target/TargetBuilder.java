package io.argus.scrape.target;

import io.argus.core.label.Labels;
import io.argus.core.label.LabelsBuilder;
import io.argus.core.time.PrometheusDuration;
import io.argus.scrape.config.ScrapeConfig;
import io.argus.scrape.discovery.TargetGroup;
import io.argus.scrape.relabel.Relabeler;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds targets from target groups as Prometheus 2.42's {@code PopulateLabels} does: the scrape
 * config's job, interval, timeout, path and scheme fill in absent {@code job}/{@code __…__}
 * labels, the first value of every {@code params} entry becomes {@code __param_<name>}, target
 * relabeling runs, a missing port is added from the scheme (80/443), {@code __meta_*} labels are
 * removed, and {@code instance} defaults to the address. Stateless and thread-safe.
 */
public final class TargetBuilder {

  public static final String ADDRESS = "__address__";
  public static final String SCHEME = "__scheme__";
  public static final String METRICS_PATH = "__metrics_path__";
  public static final String SCRAPE_INTERVAL = "__scrape_interval__";
  public static final String SCRAPE_TIMEOUT = "__scrape_timeout__";
  public static final String PARAM_PREFIX = "__param_";
  public static final String META_PREFIX = "__meta_";
  public static final String JOB = "job";
  public static final String INSTANCE = "instance";

  private final ScrapeConfig config;
  private final Relabeler relabeler;

  public TargetBuilder(ScrapeConfig config) {
    this.config = config;
    this.relabeler = Relabeler.of(config.relabelConfigs());
  }

  /** Every target of {@code group}, a target's own labels overriding the group's. */
  public List<TargetOutcome> fromGroup(TargetGroup group) {
    List<TargetOutcome> outcomes = new ArrayList<>(group.targets().size());
    for (Labels targetLabels : group.targets()) {
      LabelsBuilder builder = targetLabels.toBuilder();
      for (int i = 0; i < group.labels().size(); i++) {
        if (!targetLabels.has(group.labels().name(i))) {
          builder.set(group.labels().name(i), group.labels().value(i));
        }
      }
      outcomes.add(build(builder));
    }
    return outcomes;
  }

  /** The outcome for one target's merged labels; {@code builder} is consumed. */
  public TargetOutcome build(LabelsBuilder builder) {
    setIfAbsent(builder, JOB, config.jobName());
    setIfAbsent(builder, SCRAPE_INTERVAL, PrometheusDuration.format(config.scrapeIntervalMillis()));
    setIfAbsent(builder, SCRAPE_TIMEOUT, PrometheusDuration.format(config.scrapeTimeoutMillis()));
    setIfAbsent(builder, METRICS_PATH, config.metricsPath());
    setIfAbsent(builder, SCHEME, config.scheme());
    for (Map.Entry<String, List<String>> param : config.params().entrySet()) {
      if (!param.getValue().isEmpty()) {
        builder.set(PARAM_PREFIX + param.getKey(), param.getValue().get(0));
      }
    }
    Labels discovered = builder.build();
    if (!relabeler.process(builder)) {
      return new TargetOutcome.Dropped(discovered);
    }
    String address = valueOf(builder, ADDRESS);
    if (address.isEmpty()) {
      return new TargetOutcome.Invalid(discovered, "no address");
    }
    String scheme = valueOf(builder, SCHEME);
    if (needsPort(address)) {
      switch (scheme) {
        case "http", "" -> address = address + ":80";
        case "https" -> address = address + ":443";
        default -> {
          return new TargetOutcome.Invalid(discovered, "invalid scheme: \"" + config.scheme() + "\"");
        }
      }
      builder.set(ADDRESS, address);
    }
    if (address.contains("/")) {
      return new TargetOutcome.Invalid(discovered, "\"" + address + "\" is not a valid hostname");
    }
    String interval = valueOf(builder, SCRAPE_INTERVAL);
    String timeout = valueOf(builder, SCRAPE_TIMEOUT);
    long intervalMillis;
    long timeoutMillis;
    try {
      intervalMillis = PrometheusDuration.parseMillis(interval);
    } catch (IllegalArgumentException e) {
      return new TargetOutcome.Invalid(discovered, "error parsing scrape interval: " + e.getMessage());
    }
    if (intervalMillis == 0) {
      return new TargetOutcome.Invalid(discovered, "scrape interval cannot be 0");
    }
    try {
      timeoutMillis = PrometheusDuration.parseMillis(timeout);
    } catch (IllegalArgumentException e) {
      return new TargetOutcome.Invalid(discovered, "error parsing scrape timeout: " + e.getMessage());
    }
    if (timeoutMillis == 0) {
      return new TargetOutcome.Invalid(discovered, "scrape timeout cannot be 0");
    }
    if (timeoutMillis > intervalMillis) {
      return new TargetOutcome.Invalid(discovered, "scrape timeout cannot be greater than scrape interval (\""
          + timeout + "\" > \"" + interval + "\")");
    }
    for (String name : builder.build().names()) {
      if (name.startsWith(META_PREFIX)) {
        builder.remove(name);
      }
    }
    setIfAbsent(builder, INSTANCE, address);
    Labels labels = builder.build();
    URI url;
    try {
      url = url(labels);
    } catch (URISyntaxException e) {
      return new TargetOutcome.Invalid(discovered, "invalid target URL: " + e.getMessage());
    }
    return new TargetOutcome.Active(
        new Target(config.jobName(), discovered, labels, url, intervalMillis, timeoutMillis));
  }

  /** The scrape URL: scheme, address and path from the labels, query from params and {@code __param_*}. */
  URI url(Labels labels) throws URISyntaxException {
    Map<String, List<String>> query = new TreeMap<>();
    config.params().forEach((name, values) -> query.put(name, new ArrayList<>(values)));
    for (int i = 0; i < labels.size(); i++) {
      String name = labels.name(i);
      if (name.startsWith(PARAM_PREFIX)) {
        List<String> values = query.computeIfAbsent(name.substring(PARAM_PREFIX.length()), k -> new ArrayList<>());
        if (values.isEmpty()) {
          values.add(labels.value(i));
        } else {
          values.set(0, labels.value(i));
        }
      }
    }
    StringBuilder rawQuery = new StringBuilder();
    query.forEach((name, values) -> {
      for (String value : values) {
        if (!rawQuery.isEmpty()) {
          rawQuery.append('&');
        }
        appendQueryEscaped(rawQuery, name);
        rawQuery.append('=');
        appendQueryEscaped(rawQuery, value);
      }
    });
    String base = new URI(labels.get(SCHEME), labels.get(ADDRESS), labels.get(METRICS_PATH), null, null)
        .toASCIIString();
    return new URI(rawQuery.isEmpty() ? base : base + "?" + rawQuery);
  }

  /** Go's {@code url.QueryEscape}: unreserved characters stay, space becomes '+', the rest %XX. */
  static void appendQueryEscaped(StringBuilder out, String value) {
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '_' || c == '.' || c == '~') {
        out.append((char) c);
      } else if (c == ' ') {
        out.append('+');
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
  }

  /**
   * Whether Go's {@code net.SplitHostPort} fails on {@code address} but succeeds once a port is
   * appended: a host without a port, not an otherwise malformed address.
   */
  static boolean needsPort(String address) {
    return !splitsIntoHostAndPort(address) && splitsIntoHostAndPort(address + ":1234");
  }

  private static boolean splitsIntoHostAndPort(String address) {
    int lastColon = address.lastIndexOf(':');
    if (lastColon < 0) {
      return false;
    }
    if (address.startsWith("[")) {
      int close = address.indexOf(']');
      return close > 0 && close + 1 == lastColon && address.indexOf('[', 1) < 0 && address.indexOf(']', close + 1) < 0;
    }
    String host = address.substring(0, lastColon);
    return host.indexOf(':') < 0 && host.indexOf('[') < 0 && host.indexOf(']') < 0;
  }

  private static void setIfAbsent(LabelsBuilder builder, String name, String value) {
    if (builder.get(name) == null) {
      builder.set(name, value);
    }
  }

  private static String valueOf(LabelsBuilder builder, String name) {
    String value = builder.get(name);
    return value == null ? "" : value;
  }
}
