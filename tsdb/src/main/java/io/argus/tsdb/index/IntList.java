package io.argus.tsdb.index;

import java.util.Arrays;

/**
 * A growable sorted int array: one postings list of {@link MemPostings}. Written under the index's
 * write lock; read under its read lock.
 */
final class IntList {

  private int[] values;
  private int size;

  IntList() {
    values = new int[2];
  }

  IntList(int[] values) {
    this.values = values;
    this.size = values.length;
  }

  /** Adds {@code id}, keeping the list sorted; ids almost always arrive in increasing order. */
  void add(int id) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size < 64 ? size * 2 : size + (size >>> 1));
    }
    int position = size;
    while (position > 0 && values[position - 1] > id) {
      position--;
    }
    if (position > 0 && values[position - 1] == id) {
      return;
    }
    System.arraycopy(values, position, values, position + 1, size - position);
    values[position] = id;
    size++;
  }

  int size() {
    return size;
  }

  int[] toArray() {
    return Arrays.copyOf(values, size);
  }

  /** Drops the ids that {@code removed} (sorted) contains; returns the new size. */
  int removeAll(int[] removed) {
    int count = 0;
    int j = 0;
    for (int i = 0; i < size; i++) {
      int x = values[i];
      while (j < removed.length && removed[j] < x) {
        j++;
      }
      if (j < removed.length && removed[j] == x) {
        continue;
      }
      values[count++] = x;
    }
    size = count;
    if (values.length > 16 && size < values.length / 4) {
      values = Arrays.copyOf(values, Math.max(2, size));
    }
    return size;
  }

  /** Bytes of heap this list holds, for memory accounting. */
  long sizeBytes() {
    return 16 + 16 + 4L * values.length;
  }
}
