package io.argus.core.label;

import java.util.Arrays;

/**
 * A mutable label set for building or changing {@link Labels}. Setting an empty value removes the
 * label. Not thread-safe; reusable after {@link #reset()}.
 */
public final class LabelsBuilder {

  private String[] names;
  private String[] values;
  private int size;

  public LabelsBuilder() {
    names = new String[8];
    values = new String[8];
  }

  LabelsBuilder(Labels base) {
    this();
    reset(base);
  }

  /** Replaces the contents with {@code base}. */
  public LabelsBuilder reset(Labels base) {
    reset();
    for (int i = 0; i < base.size(); i++) {
      append(base.name(i), base.value(i));
    }
    return this;
  }

  /** Empties the builder. */
  public LabelsBuilder reset() {
    Arrays.fill(names, 0, size, null);
    Arrays.fill(values, 0, size, null);
    size = 0;
    return this;
  }

  /** Sets {@code name} to {@code value}; an empty or null value removes the label. */
  public LabelsBuilder set(String name, String value) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("label name must not be empty");
    }
    int index = indexOf(name);
    if (value == null || value.isEmpty()) {
      if (index >= 0) {
        removeAt(index);
      }
      return this;
    }
    if (index >= 0) {
      values[index] = value;
    } else {
      append(name, value);
    }
    return this;
  }

  /** Removes the labels named. */
  public LabelsBuilder remove(String... labelNames) {
    for (String name : labelNames) {
      int index = indexOf(name);
      if (index >= 0) {
        removeAt(index);
      }
    }
    return this;
  }

  /** Keeps only the labels named. */
  public LabelsBuilder keep(String... labelNames) {
    for (int i = size - 1; i >= 0; i--) {
      boolean kept = false;
      for (String name : labelNames) {
        if (names[i].equals(name)) {
          kept = true;
          break;
        }
      }
      if (!kept) {
        removeAt(i);
      }
    }
    return this;
  }

  /** The current value of {@code name}, or null when absent. */
  public String get(String name) {
    int index = indexOf(name);
    return index < 0 ? null : values[index];
  }

  public int size() {
    return size;
  }

  /** An immutable, sorted {@link Labels} of the current contents. The builder stays usable. */
  public Labels build() {
    if (size == 0) {
      return Labels.empty();
    }
    Integer[] order = new Integer[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> names[a].compareTo(names[b]));
    String[] flat = new String[2 * size];
    for (int i = 0; i < size; i++) {
      flat[2 * i] = names[order[i]];
      flat[2 * i + 1] = values[order[i]];
    }
    return Labels.ofSortedUnchecked(flat);
  }

  private void append(String name, String value) {
    if (size == names.length) {
      names = Arrays.copyOf(names, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    names[size] = name;
    values[size] = value;
    size++;
  }

  private int indexOf(String name) {
    for (int i = 0; i < size; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private void removeAt(int index) {
    size--;
    names[index] = names[size];
    values[index] = values[size];
    names[size] = null;
    values[size] = null;
  }
}
