package io.argus.tsdb.query;

import io.argus.core.label.Labels;
import io.argus.core.storage.SampleIterator;
import io.argus.core.storage.Series;
import io.argus.core.storage.SeriesSet;
import io.argus.core.storage.StorageException;
import java.util.ArrayList;
import java.util.List;

/**
 * Merges sets sorted by labels into one sorted set. The number of sources is small (the blocks a
 * query touches plus the head), so the smallest head is found by a linear scan, not a heap.
 */
final class MergeSeriesSet implements SeriesSet {

  private final SeriesSet[] sets;
  /** Whether set i has a current series not yet consumed. */
  private final boolean[] live;
  private Series current;
  private StorageException error;

  MergeSeriesSet(SeriesSet[] sets) {
    this.sets = sets;
    this.live = new boolean[sets.length];
    for (int i = 0; i < sets.length; i++) {
      live[i] = advance(i);
    }
  }

  private boolean advance(int i) {
    if (sets[i].next()) {
      return true;
    }
    if (sets[i].error() != null && error == null) {
      error = sets[i].error();
    }
    return false;
  }

  @Override
  public boolean next() {
    if (error != null) {
      current = null;
      return false;
    }
    Labels smallest = null;
    for (int i = 0; i < sets.length; i++) {
      if (live[i]) {
        Labels labels = sets[i].at().labels();
        if (smallest == null || labels.compareTo(smallest) < 0) {
          smallest = labels;
        }
      }
    }
    if (smallest == null) {
      current = null;
      return false;
    }
    List<Series> parts = new ArrayList<>(2);
    for (int i = 0; i < sets.length; i++) {
      if (live[i] && sets[i].at().labels().equals(smallest)) {
        parts.add(sets[i].at());
        live[i] = advance(i);
      }
    }
    current = parts.size() == 1 ? parts.getFirst() : new MergedSeries(smallest, parts.toArray(new Series[0]));
    return true;
  }

  @Override
  public Series at() {
    if (current == null) {
      throw new IllegalStateException("no current series: call next() first");
    }
    return current;
  }

  @Override
  public StorageException error() {
    return error;
  }

  @Override
  public List<String> warnings() {
    List<String> warnings = new ArrayList<>();
    for (SeriesSet set : sets) {
      warnings.addAll(set.warnings());
    }
    return warnings;
  }

  private record MergedSeries(Labels labels, Series[] parts) implements Series {
    @Override
    public SampleIterator iterator(SampleIterator reuse) {
      SampleIterator[] iterators = new SampleIterator[parts.length];
      for (int i = 0; i < parts.length; i++) {
        iterators[i] = parts[i].iterator(null);
      }
      return new MergeSampleIterator(iterators);
    }
  }
}
