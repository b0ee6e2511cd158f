package io.argus.rules.evaluation;

import io.argus.core.label.Labels;
import io.argus.core.storage.Queryable;
import io.argus.promql.ast.Expr;
import io.argus.promql.engine.Engine;
import io.argus.promql.engine.QueryException;
import io.argus.promql.engine.Scalar;
import io.argus.promql.engine.Sample;
import io.argus.promql.engine.Vector;
import java.util.List;

/**
 * Runs an instant query for a rule. Implementations must be thread-safe: groups evaluate
 * concurrently.
 */
@FunctionalInterface
public interface QueryFunction {

  /**
   * The instant vector of {@code expr} at {@code timeMillis}.
   *
   * @throws RuntimeException (typically {@link QueryException}) when the query fails; the rule
   *     records the message as its last error
   */
  Vector query(Expr expr, long timeMillis);

  /**
   * Prometheus' {@code EngineQueryFunc}: a scalar result becomes a one-sample vector without
   * labels; a string or matrix result is an error.
   */
  static QueryFunction of(Engine engine, Queryable queryable) {
    return (expr, timeMillis) ->
        switch (engine.instantQuery(queryable, expr, timeMillis).value()) {
          case Vector vector -> vector;
          case Scalar scalar ->
              new Vector(List.of(new Sample(Labels.empty(), scalar.timestampMillis(), scalar.value())));
          default -> throw QueryException.execution("rule result is not a vector or scalar");
        };
  }
}
