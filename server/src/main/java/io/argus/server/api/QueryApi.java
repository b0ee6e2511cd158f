package io.argus.server.api;

import io.argus.core.label.Labels;
import io.argus.core.label.Matcher;
import io.argus.core.storage.Querier;
import io.argus.core.storage.Queryable;
import io.argus.core.storage.SelectHints;
import io.argus.core.storage.SeriesSet;
import io.argus.promql.ast.Expr;
import io.argus.promql.engine.Engine;
import io.argus.promql.engine.EngineOptions;
import io.argus.promql.engine.QueryException;
import io.argus.promql.engine.QueryResult;
import io.argus.promql.parser.ParseException;
import io.argus.promql.parser.PromqlParser;
import io.argus.promql.printer.PromqlPrinter;
import io.argus.server.http.ApiErrorType;
import io.argus.server.http.ApiException;
import io.argus.server.http.ApiResponses;
import io.argus.server.http.Exchange;
import io.argus.server.http.Router;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Semaphore;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * {@code /api/v1/query}, {@code query_range}, {@code format_query}, {@code series},
 * {@code labels} and {@code label/<name>/values}, with Prometheus' parameters, limits and error
 * wording. Queries run under a concurrency limit ({@code --query.max-concurrency}).
 */
public final class QueryApi {

  /** Prometheus refuses range queries with more points than this per series. */
  static final long MAX_POINTS_PER_SERIES = 11_000;

  private final Supplier<EngineOptions> engineOptions;
  private final Queryable storage;
  private final Semaphore concurrency;
  private final Clock clock;

  /**
   * @param engineOptions the engine options in force (they follow the configuration on reload)
   * @param maxConcurrentQueries how many queries may evaluate at once; more wait
   */
  public QueryApi(Supplier<EngineOptions> engineOptions, Queryable storage, int maxConcurrentQueries, Clock clock) {
    this.engineOptions = engineOptions;
    this.storage = storage;
    this.concurrency = new Semaphore(Math.max(1, maxConcurrentQueries), true);
    this.clock = clock;
  }

  public void register(Router router) {
    router.getOrPost("/api/v1/query", this::instantQuery);
    router.getOrPost("/api/v1/query_range", this::rangeQuery);
    router.getOrPost("/api/v1/format_query", this::formatQuery);
    router.getOrPost("/api/v1/query_exemplars", this::queryExemplars);
    router.getOrPost("/api/v1/series", this::series);
    router.getOrPost("/api/v1/labels", this::labelNames);
    router.get("/api/v1/label/", this::labelValues);
  }

  private void instantQuery(Exchange exchange) throws Exception {
    long time = ApiParameters.time(exchange, "time", clock.millis());
    String query = queryText(exchange);
    Expr expr = parse(query);
    Engine engine = engine(exchange);
    long started = System.nanoTime();
    QueryResult result = evaluate(() -> engine.instantQuery(storage, expr, time));
    respond(exchange, query, result, started);
  }

  private void rangeQuery(Exchange exchange) throws Exception {
    long start = requiredTime(exchange, "start");
    long end = requiredTime(exchange, "end");
    if (end < start) {
      throw ApiException.badData("invalid parameter \"end\": end timestamp must not be before start time");
    }
    if (exchange.parameter("step") == null || exchange.parameter("step").isEmpty()) {
      throw ApiException.badData("invalid parameter \"step\": cannot parse \"\" to a valid duration");
    }
    long step = ApiParameters.duration(exchange, "step", 0);
    if (step <= 0) {
      throw ApiException.badData(
          "invalid parameter \"step\": zero or negative query resolution step widths are not accepted. Try a positive integer");
    }
    if ((end - start) / step > MAX_POINTS_PER_SERIES) {
      throw ApiException.badData(
          "exceeded maximum resolution of 11,000 points per timeseries. Try decreasing the query resolution (?step=XX)");
    }
    String query = queryText(exchange);
    Expr expr = parse(query);
    Engine engine = engine(exchange);
    long started = System.nanoTime();
    QueryResult result = evaluate(() -> engine.rangeQuery(storage, expr, start, end, step));
    respond(exchange, query, result, started);
  }

  /**
   * Exemplars are not stored yet, so the answer is what Prometheus gives without exemplar storage:
   * an empty list, after the same validation of the query and the time range.
   */
  private void queryExemplars(Exchange exchange) throws Exception {
    ApiParameters.time(exchange, "start", ApiParameters.MIN_TIME_MILLIS);
    ApiParameters.time(exchange, "end", ApiParameters.MAX_TIME_MILLIS);
    try {
      PromqlParser.parseExpr(queryText(exchange));
    } catch (ParseException e) {
      throw ApiException.badData(e.getMessage());
    }
    ApiResponses.success(exchange, json -> {
      json.writeStartArray();
      json.writeEndArray();
    });
  }

  private void formatQuery(Exchange exchange) throws Exception {
    Expr expr = parse(queryText(exchange));
    String formatted = PromqlPrinter.prettify(expr);
    ApiResponses.success(exchange, json -> json.writeString(formatted));
  }

  private void series(Exchange exchange) throws Exception {
    List<List<Matcher>> selectors = selectors(exchange);
    if (selectors.isEmpty()) {
      throw ApiException.badData("no match[] parameter provided");
    }
    long start = ApiParameters.time(exchange, "start", ApiParameters.MIN_TIME_MILLIS);
    long end = ApiParameters.time(exchange, "end", ApiParameters.MAX_TIME_MILLIS);
    int limit = ApiParameters.limit(exchange);
    TreeSet<Labels> found = new TreeSet<>();
    try (Querier querier = storage.querier(start, end)) {
      for (List<Matcher> selector : selectors) {
        SeriesSet set = querier.select(true, SelectHints.range(start, end), selector.toArray(Matcher[]::new));
        while (set.next()) {
          found.add(set.at().labels());
        }
        if (set.error() != null) {
          throw new ApiException(ApiErrorType.EXECUTION, set.error().getMessage());
        }
      }
    }
    List<Labels> series = new ArrayList<>(found);
    List<String> warnings = List.of();
    if (limit > 0 && series.size() > limit) {
      series = series.subList(0, limit);
      warnings = List.of("results truncated due to limit");
    }
    List<Labels> result = series;
    ApiResponses.success(exchange, json -> {
      json.writeStartArray();
      for (Labels labels : result) {
        PromqlJson.writeLabels(json, labels);
      }
      json.writeEndArray();
    }, warnings, List.of());
  }

  private void labelNames(Exchange exchange) throws Exception {
    respondStrings(exchange, collectOverSelectors(exchange, (querier, matchers) -> querier.labelNames(matchers)),
        ApiParameters.limit(exchange));
  }

  private void labelValues(Exchange exchange) throws Exception {
    String path = exchange.path();
    String prefix = "/api/v1/label/";
    if (!path.endsWith("/values") || path.length() <= prefix.length() + "/values".length()) {
      exchange.respondText(404, "404 page not found\n");
      return;
    }
    String name = path.substring(prefix.length(), path.length() - "/values".length());
    if (name.isEmpty() || name.contains("/")) {
      throw ApiException.badData("invalid label name: \"" + name + "\"");
    }
    respondStrings(exchange,
        collectOverSelectors(exchange, (querier, matchers) -> querier.labelValues(name, matchers)),
        ApiParameters.limit(exchange));
  }

  /**
   * The sorted union of {@code lookup} over every {@code match[]} selector (or over all series when
   * there is none), between the request's {@code start} and {@code end}.
   */
  private List<String> collectOverSelectors(Exchange exchange, BiFunction<Querier, Matcher[], List<String>> lookup)
      throws ApiException {
    long start = ApiParameters.time(exchange, "start", ApiParameters.MIN_TIME_MILLIS);
    long end = ApiParameters.time(exchange, "end", ApiParameters.MAX_TIME_MILLIS);
    List<List<Matcher>> selectors = selectors(exchange);
    TreeSet<String> found = new TreeSet<>();
    try (Querier querier = storage.querier(start, end)) {
      if (selectors.isEmpty()) {
        found.addAll(lookup.apply(querier, new Matcher[0]));
      }
      for (List<Matcher> selector : selectors) {
        found.addAll(lookup.apply(querier, selector.toArray(Matcher[]::new)));
      }
    }
    return new ArrayList<>(found);
  }

  private static void respondStrings(Exchange exchange, List<String> strings, int limit) throws IOException {
    List<String> warnings = List.of();
    List<String> result = strings;
    if (limit > 0 && strings.size() > limit) {
      result = strings.subList(0, limit);
      warnings = List.of("results truncated due to limit");
    }
    List<String> out = result;
    ApiResponses.success(exchange, json -> {
      json.writeStartArray();
      for (String value : out) {
        json.writeString(value);
      }
      json.writeEndArray();
    }, warnings, List.of());
  }

  private void respond(Exchange exchange, String query, QueryResult result, long startedNanos) throws IOException {
    boolean stats = exchange.parameter("stats") != null && !exchange.parameter("stats").isEmpty();
    double evalSeconds = (System.nanoTime() - startedNanos) / 1e9;
    PromqlJson.ExtraMembers statistics = extra -> {
      // Timings only: the engine does not count samples yet, so "samples" is left out.
      extra.writeObjectFieldStart("stats");
      extra.writeObjectFieldStart("timings");
      extra.writeNumberField("evalTotalTime", evalSeconds);
      extra.writeNumberField("resultSortTime", 0);
      extra.writeNumberField("queryPreparationTime", 0);
      extra.writeNumberField("innerEvalTime", evalSeconds);
      extra.writeNumberField("execQueueTime", 0);
      extra.writeNumberField("execTotalTime", evalSeconds);
      extra.writeEndObject();
      extra.writeEndObject();
    };
    ApiResponses.success(exchange, json -> PromqlJson.writeData(json, result.value(), stats ? statistics : null),
        result.warnings(query), result.infos(query));
  }

  private Engine engine(Exchange exchange) throws ApiException {
    EngineOptions options = engineOptions.get();
    long timeoutMillis = ApiParameters.duration(exchange, "timeout", 0);
    if (timeoutMillis > 0 && timeoutMillis < options.timeout().toMillis()) {
      options = options.withTimeout(Duration.ofMillis(timeoutMillis));
    }
    return new Engine(options);
  }

  private QueryResult evaluate(Supplier<QueryResult> query) throws ApiException {
    try {
      concurrency.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException(ApiErrorType.CANCELED, "query was canceled while waiting for a query slot");
    }
    try {
      return query.get();
    } catch (QueryException e) {
      throw new ApiException(errorType(e), e.getMessage());
    } finally {
      concurrency.release();
    }
  }

  private static ApiErrorType errorType(QueryException e) {
    return switch (e.kind()) {
      case BAD_DATA -> ApiErrorType.BAD_DATA;
      case EXECUTION, TOO_MANY_SAMPLES -> ApiErrorType.EXECUTION;
      case TIMEOUT -> ApiErrorType.TIMEOUT;
      case CANCELED -> ApiErrorType.CANCELED;
    };
  }

  private static long requiredTime(Exchange exchange, String name) throws ApiException {
    String text = exchange.parameter(name);
    if (text == null || text.isEmpty()) {
      throw ApiException.badData("invalid parameter \"" + name + "\": cannot parse \"\" to a valid timestamp");
    }
    return ApiParameters.time(exchange, name, 0);
  }

  private static String queryText(Exchange exchange) {
    String query = exchange.parameter("query");
    return query == null ? "" : query;
  }

  private static Expr parse(String query) throws ApiException {
    try {
      return PromqlParser.parseExpr(query);
    } catch (ParseException e) {
      throw ApiException.badData("invalid parameter \"query\": " + e.getMessage());
    }
  }

  private static List<List<Matcher>> selectors(Exchange exchange) throws ApiException {
    List<List<Matcher>> selectors = new ArrayList<>();
    for (String selector : exchange.parameters("match[]")) {
      try {
        selectors.add(PromqlParser.parseMetricSelector(selector));
      } catch (ParseException e) {
        throw ApiException.badData("invalid parameter \"match[]\": " + e.getMessage());
      }
    }
    return selectors;
  }
}
