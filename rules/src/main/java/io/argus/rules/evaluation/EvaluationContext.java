package io.argus.rules.evaluation;

import java.util.Map;
import java.util.Objects;

/**
 * What one rule evaluation needs besides the rule itself.
 *
 * @param queryOffsetMillis how far before the evaluation time queries run ({@code query_offset})
 * @param limit the group's {@code limit}, 0 for none
 */
public record EvaluationContext(
    QueryFunction query,
    Map<String, String> externalLabels,
    String externalUrl,
    long queryOffsetMillis,
    int limit) {

  public EvaluationContext {
    Objects.requireNonNull(query, "query");
    externalLabels = Map.copyOf(externalLabels);
    externalUrl = externalUrl == null ? "" : externalUrl;
  }
}
