package io.argus.tsdb.query;

import io.argus.core.label.Matcher;
import io.argus.core.storage.Querier;
import io.argus.core.storage.SelectHints;
import io.argus.core.storage.SeriesSet;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * One querier over several: series with equal labels are merged, their samples interleaved by time,
 * a timestamp present in more than one source returned once (the earliest source in the list wins).
 * Closing closes every source. Thread-safe as far as its sources are.
 */
public final class MergeQuerier implements Querier {

  private final List<Querier> sources;

  /** Takes ownership of {@code sources}, ordered by precedence for duplicate timestamps. */
  public MergeQuerier(List<Querier> sources) {
    this.sources = List.copyOf(sources);
  }

  @Override
  public SeriesSet select(boolean sorted, SelectHints hints, Matcher... matchers) {
    if (sources.size() == 1) {
      return sources.getFirst().select(sorted, hints, matchers);
    }
    // Merging needs every source in label order, whatever the caller asked for.
    SeriesSet[] sets = new SeriesSet[sources.size()];
    for (int i = 0; i < sets.length; i++) {
      sets[i] = sources.get(i).select(true, hints, matchers);
    }
    return new MergeSeriesSet(sets);
  }

  @Override
  public List<String> labelNames(Matcher... matchers) {
    TreeSet<String> names = new TreeSet<>();
    for (Querier source : sources) {
      names.addAll(source.labelNames(matchers));
    }
    return List.copyOf(names);
  }

  @Override
  public List<String> labelValues(String name, Matcher... matchers) {
    TreeSet<String> values = new TreeSet<>();
    for (Querier source : sources) {
      values.addAll(source.labelValues(name, matchers));
    }
    return List.copyOf(values);
  }

  @Override
  public void close() {
    RuntimeException failure = null;
    for (Querier source : sources) {
      try {
        source.close();
      } catch (RuntimeException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  /** For tests: the sources in precedence order. */
  List<Querier> sources() {
    return new ArrayList<>(sources);
  }
}
