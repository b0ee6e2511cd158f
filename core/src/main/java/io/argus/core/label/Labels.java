package io.argus.core.label;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * An immutable set of label pairs, sorted by name, with no two pairs sharing a name and no pair with
 * an empty value (an empty value means "label absent", as in Prometheus). Names and values live in
 * one flat array (name, value, name, value, …) rather than a map per series: a head with millions of
 * series pays two references per label and nothing more.
 *
 * <p>The 64-bit hash is computed once at construction and is stable across processes and versions,
 * so it may be written to disk (the WAL and the block index key series by it, resolving collisions
 * by comparing the labels themselves).
 */
public final class Labels implements Comparable<Labels> {

  /** The label that holds the metric name. */
  public static final String METRIC_NAME = "__name__";

  private static final String[] NO_STRINGS = new String[0];
  private static final Labels EMPTY = new Labels(NO_STRINGS);

  private final String[] namesAndValues;
  private final long hash;

  private Labels(String[] namesAndValues) {
    this.namesAndValues = namesAndValues;
    this.hash = computeHash(namesAndValues);
  }

  /** The empty label set. */
  public static Labels empty() {
    return EMPTY;
  }

  /**
   * Labels from alternating names and values, in any order. Pairs with an empty value are dropped.
   *
   * @throws IllegalArgumentException if the count is odd, a name is empty, or a name repeats
   */
  public static Labels of(String... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException(
          "labels need name/value pairs, got an odd count: " + namesAndValues.length);
    }
    LabelsBuilder builder = new LabelsBuilder();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      String name = namesAndValues[i];
      if (builder.get(name) != null) {
        throw new IllegalArgumentException("label name \"" + name + "\" appears more than once");
      }
      builder.set(name, namesAndValues[i + 1]);
    }
    return builder.build();
  }

  /** Labels from a map, whose iteration order does not matter. Empty values are dropped. */
  public static Labels of(Map<String, String> map) {
    LabelsBuilder builder = new LabelsBuilder();
    map.forEach(builder::set);
    return builder.build();
  }

  /**
   * Wraps an array that the caller guarantees is already sorted by name, duplicate-free, and free of
   * empty names and values. The array is not copied and must not be modified afterwards. Meant for
   * decoders of trusted storage formats; everything else goes through {@link LabelsBuilder}.
   */
  public static Labels ofSortedUnchecked(String[] namesAndValues) {
    return namesAndValues.length == 0 ? EMPTY : new Labels(namesAndValues);
  }

  /** The number of label pairs. */
  public int size() {
    return namesAndValues.length / 2;
  }

  public boolean isEmpty() {
    return namesAndValues.length == 0;
  }

  /** The name of the {@code index}-th pair in name order. */
  public String name(int index) {
    return namesAndValues[2 * index];
  }

  /** The value of the {@code index}-th pair in name order. */
  public String value(int index) {
    return namesAndValues[2 * index + 1];
  }

  /** The value of the label {@code name}, or the empty string when absent (Prometheus' convention). */
  public String get(String name) {
    int index = indexOf(name);
    return index < 0 ? "" : namesAndValues[2 * index + 1];
  }

  /** Whether a label of that name is present. */
  public boolean has(String name) {
    return indexOf(name) >= 0;
  }

  /** The metric name, or the empty string. */
  public String metricName() {
    return get(METRIC_NAME);
  }

  /** The pair index of {@code name}, or a negative number when absent. */
  public int indexOf(String name) {
    int low = 0;
    int high = size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int cmp = namesAndValues[2 * mid].compareTo(name);
      if (cmp < 0) {
        low = mid + 1;
      } else if (cmp > 0) {
        high = mid - 1;
      } else {
        return mid;
      }
    }
    return -(low + 1);
  }

  /** Calls {@code action} with each name and value in name order. */
  public void forEach(BiConsumer<String, String> action) {
    for (int i = 0; i < namesAndValues.length; i += 2) {
      action.accept(namesAndValues[i], namesAndValues[i + 1]);
    }
  }

  /** The label names in order. */
  public List<String> names() {
    List<String> names = new ArrayList<>(size());
    for (int i = 0; i < namesAndValues.length; i += 2) {
      names.add(namesAndValues[i]);
    }
    return Collections.unmodifiableList(names);
  }

  /** A builder seeded with these labels, for deriving a changed copy. */
  public LabelsBuilder toBuilder() {
    return new LabelsBuilder(this);
  }

  /** These labels without the metric name. */
  public Labels withoutMetricName() {
    return has(METRIC_NAME) ? toBuilder().remove(METRIC_NAME).build() : this;
  }

  /**
   * A stable 64-bit hash of the pairs (FNV-1a over UTF-16 code units, with separators), equal for
   * equal label sets in every process.
   */
  public long hash() {
    return hash;
  }

  @Override
  public int hashCode() {
    return (int) (hash ^ (hash >>> 32));
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof Labels that
        && hash == that.hash
        && Arrays.equals(namesAndValues, that.namesAndValues);
  }

  /** Orders as Prometheus does: pair by pair, name first then value; a prefix sorts first. */
  @Override
  public int compareTo(Labels other) {
    int shared = Math.min(namesAndValues.length, other.namesAndValues.length);
    for (int i = 0; i < shared; i++) {
      int cmp = namesAndValues[i].compareTo(other.namesAndValues[i]);
      if (cmp != 0) {
        return cmp;
      }
    }
    return Integer.compare(namesAndValues.length, other.namesAndValues.length);
  }

  /** Prometheus' notation: {@code {a="1", b="2"}}, values escaped as Go's %q would. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("{");
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (i > 0) {
        out.append(", ");
      }
      out.append(namesAndValues[i]).append('=');
      appendQuoted(out, namesAndValues[i + 1]);
    }
    return out.append('}').toString();
  }

  static void appendQuoted(StringBuilder out, String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
    out.append('"');
  }

  String[] namesAndValuesArray() {
    return namesAndValues;
  }

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private static long computeHash(String[] namesAndValues) {
    long h = FNV_OFFSET;
    for (String s : namesAndValues) {
      for (int i = 0; i < s.length(); i++) {
        h ^= s.charAt(i);
        h *= FNV_PRIME;
      }
      h ^= 0xff; // separator: a code unit no string of ours ends with, so ("ab","c") != ("a","bc")
      h *= FNV_PRIME;
    }
    return h;
  }
}
