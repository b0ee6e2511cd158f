package io.argus.promql.engine;

import java.util.List;

/** A range vector: series with points over time, sorted by labels in query results. */
public record Matrix(List<MatrixSeries> series) implements Value {

  public Matrix {
    series = List.copyOf(series);
  }
}
