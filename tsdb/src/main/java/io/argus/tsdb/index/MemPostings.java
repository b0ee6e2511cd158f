package io.argus.tsdb.index;

import io.argus.core.label.Labels;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The head's in-memory inverted index: a postings list per label pair and one of all series. Series
 * are added when created and removed in bulk when the head is truncated. Thread-safe: writers take a
 * short write lock (a few appends per new series), readers copy the lists they need under the read
 * lock, so a query never holds the lock while it works.
 */
public final class MemPostings implements LabelIndex {

  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<String, Map<String, IntList>> byName = new HashMap<>();
  private final IntList all = new IntList();

  /** Indexes series {@code id} under each of its label pairs. */
  public void add(int id, Labels labels) {
    lock.writeLock().lock();
    try {
      all.add(id);
      for (int i = 0; i < labels.size(); i++) {
        byName
            .computeIfAbsent(labels.name(i), name -> new HashMap<>())
            .computeIfAbsent(labels.value(i), value -> new IntList())
            .add(id);
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Removes the series {@code removedIds} (sorted) whose labels are given in the same order; pairs
   * and names left without series disappear.
   */
  public void removeAll(int[] removedIds, List<Labels> removedLabels) {
    if (removedIds.length == 0) {
      return;
    }
    lock.writeLock().lock();
    try {
      all.removeAll(removedIds);
      // Only the lists of pairs the removed series carried can change.
      Map<String, Map<String, Boolean>> touched = new HashMap<>();
      for (Labels labels : removedLabels) {
        for (int i = 0; i < labels.size(); i++) {
          touched.computeIfAbsent(labels.name(i), n -> new HashMap<>()).put(labels.value(i), true);
        }
      }
      for (Map.Entry<String, Map<String, Boolean>> name : touched.entrySet()) {
        Map<String, IntList> values = byName.get(name.getKey());
        if (values == null) {
          continue;
        }
        for (String value : name.getValue().keySet()) {
          IntList list = values.get(value);
          if (list != null && list.removeAll(removedIds) == 0) {
            values.remove(value);
          }
        }
        if (values.isEmpty()) {
          byName.remove(name.getKey());
        }
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public int[] postings(String name, String value) {
    lock.readLock().lock();
    try {
      Map<String, IntList> values = byName.get(name);
      IntList list = values == null ? null : values.get(value);
      return list == null ? Postings.EMPTY : list.toArray();
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public int[] allPostings() {
    lock.readLock().lock();
    try {
      return all.toArray();
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public List<String> values(String name) {
    lock.readLock().lock();
    try {
      Map<String, IntList> values = byName.get(name);
      return values == null ? List.of() : new ArrayList<>(values.keySet());
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public List<String> names() {
    lock.readLock().lock();
    try {
      return new ArrayList<>(byName.keySet());
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Calls {@code visitor} with every label pair and its series count, under the read lock. */
  public void forEachPair(PairVisitor visitor) {
    lock.readLock().lock();
    try {
      for (Map.Entry<String, Map<String, IntList>> name : byName.entrySet()) {
        for (Map.Entry<String, IntList> value : name.getValue().entrySet()) {
          visitor.visit(name.getKey(), value.getKey(), value.getValue().size());
        }
      }
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Bytes of heap the postings lists hold (not counting the shared label strings). */
  public long postingsSizeBytes() {
    lock.readLock().lock();
    try {
      long total = all.sizeBytes();
      for (Map<String, IntList> values : byName.values()) {
        for (IntList list : values.values()) {
          total += list.sizeBytes() + 48; // the list and its hash-map entry
        }
      }
      return total;
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Receives one label pair and the number of series that carry it. */
  @FunctionalInterface
  public interface PairVisitor {
    void visit(String name, String value, int seriesCount);
  }
}
