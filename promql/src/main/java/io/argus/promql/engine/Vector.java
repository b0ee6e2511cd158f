package io.argus.promql.engine;

import java.util.List;

/** An instant vector: at most one sample per label set, all at the same evaluation time. */
public record Vector(List<Sample> samples) implements Value {

  public static final Vector EMPTY = new Vector(List.of());

  public Vector {
    samples = List.copyOf(samples);
  }

  public int size() {
    return samples.size();
  }
}
