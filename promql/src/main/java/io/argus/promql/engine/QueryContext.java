package io.argus.promql.engine;

import io.argus.promql.ast.AtModifier;
import io.argus.promql.ast.PositionRange;
import io.argus.promql.ast.VectorSelector;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of one query: its time bounds, the loaded data, the annotations gathered, the deadline
 * and the sample budget. Used by one thread.
 */
final class QueryContext {

  final EngineOptions options;
  final long queryStartMillis;
  final long queryEndMillis;
  final long queryStepMillis;
  private final Map<VectorSelector, List<SeriesData>> data;
  private final long deadlineNanos;
  private final Map<io.argus.promql.ast.Call, VectorSelector> infoSelectors;
  private final Map<String, Annotation> annotations = new LinkedHashMap<>();
  private final Map<io.argus.promql.ast.AggregateExpr, Map<io.argus.core.label.Labels, io.argus.core.label.Labels>>
      groupingCaches = new java.util.IdentityHashMap<>();
  private long samplesThisStep;
  private long peakSamples;
  private int deadlineCheckCounter;

  QueryContext(
      EngineOptions options,
      long queryStartMillis,
      long queryEndMillis,
      long queryStepMillis,
      Map<VectorSelector, List<SeriesData>> data,
      Map<io.argus.promql.ast.Call, VectorSelector> infoSelectors,
      long deadlineNanos) {
    this.infoSelectors = infoSelectors;
    this.options = options;
    this.queryStartMillis = queryStartMillis;
    this.queryEndMillis = queryEndMillis;
    this.queryStepMillis = queryStepMillis;
    this.data = data;
    this.deadlineNanos = deadlineNanos;
  }

  List<SeriesData> data(VectorSelector selector) {
    List<SeriesData> seriesList = data.get(selector);
    if (seriesList == null) {
      throw new IllegalStateException("selector was not planned: " + selector);
    }
    return seriesList;
  }

  VectorSelector infoSelector(io.argus.promql.ast.Call call) {
    VectorSelector selector = infoSelectors.get(call);
    if (selector == null) {
      throw new IllegalStateException("info() call was not planned: " + call);
    }
    return selector;
  }

  /**
   * Per aggregation node, the group labels of each input label set seen so far in this query.
   * Keyed by identity: label sets of loaded series are the same objects at every step.
   */
  Map<io.argus.core.label.Labels, io.argus.core.label.Labels> groupingCache(
      io.argus.promql.ast.AggregateExpr aggregate) {
    return groupingCaches.computeIfAbsent(aggregate, key -> new java.util.IdentityHashMap<>());
  }

  Long pinnedTime(AtModifier at) {
    return SelectorPlanner.pinnedTime(at, queryStartMillis, queryEndMillis);
  }

  long queryRangeMillis() {
    return queryEndMillis - queryStartMillis;
  }

  boolean isRangeQuery() {
    return queryStepMillis > 0;
  }

  void warn(String message, PositionRange position) {
    annotate(new Annotation(Annotation.Severity.WARNING, message, position));
  }

  void info(String message, PositionRange position) {
    annotate(new Annotation(Annotation.Severity.INFO, message, position));
  }

  private void annotate(Annotation annotation) {
    // Prometheus keeps annotations as a set keyed by text; the one added last keeps its position.
    String key = annotation.severity() + annotation.message();
    annotations.remove(key);
    annotations.put(key, annotation);
  }

  List<Annotation> annotations() {
    return List.copyOf(annotations.values());
  }

  /** Starts a new top-level step: the sample budget is per step, as Prometheus' peak is. */
  void startStep() {
    peakSamples = Math.max(peakSamples, samplesThisStep);
    samplesThisStep = 0;
    checkDeadline();
  }

  long peakSamples() {
    return Math.max(peakSamples, samplesThisStep);
  }

  long loadedSamples() {
    long total = 0;
    for (List<SeriesData> seriesList : data.values()) {
      for (SeriesData series : seriesList) {
        total += series.allTimestamps.length;
      }
    }
    return total;
  }

  void countSamples(long count) {
    samplesThisStep += count;
    if (samplesThisStep > options.maxSamples()) {
      throw new QueryException(ErrorKind.TOO_MANY_SAMPLES, QueryException.TOO_MANY_SAMPLES);
    }
  }

  void checkDeadline() {
    if (++deadlineCheckCounter % 64 != 0) {
      return;
    }
    if (Thread.currentThread().isInterrupted()) {
      throw new QueryException(ErrorKind.CANCELED, QueryException.CANCELED);
    }
    if (System.nanoTime() - deadlineNanos > 0) {
      throw new QueryException(ErrorKind.TIMEOUT, QueryException.TIMED_OUT);
    }
  }
}
