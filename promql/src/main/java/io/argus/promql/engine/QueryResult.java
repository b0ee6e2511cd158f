package io.argus.promql.engine;

import java.util.List;

/**
 * The outcome of a successful query.
 *
 * @param value a {@link Scalar}, {@link StringValue}, {@link Vector} or {@link Matrix}; range
 *     queries always give a {@link Matrix} sorted by labels
 * @param annotations distinct warnings and infos, one per message
 * @param statistics samples and time the query took
 */
public record QueryResult(Value value, List<Annotation> annotations, QueryStatistics statistics) {

  public QueryResult {
    annotations = List.copyOf(annotations);
  }

  /** Warning texts as Prometheus prints them, positions computed against {@code query}. */
  public List<String> warnings(String query) {
    return texts(Annotation.Severity.WARNING, query);
  }

  /** Info texts as Prometheus prints them, positions computed against {@code query}. */
  public List<String> infos(String query) {
    return texts(Annotation.Severity.INFO, query);
  }

  private List<String> texts(Annotation.Severity severity, String query) {
    return annotations.stream()
        .filter(annotation -> annotation.severity() == severity)
        .map(annotation -> annotation.format(query))
        .toList();
  }
}
