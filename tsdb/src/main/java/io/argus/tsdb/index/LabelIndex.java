package io.argus.tsdb.index;

import java.util.List;

/**
 * What {@link PostingsForMatchers} needs from an inverted index: postings per label pair and the
 * values of a label. Implemented by the head's {@link MemPostings}, later by persisted block indexes.
 * Returned arrays and lists are the caller's to keep.
 */
public interface LabelIndex {

  /** The ids of series with {@code name="value"}; empty when there are none. */
  int[] postings(String name, String value);

  /** The ids of all series. */
  int[] allPostings();

  /** The distinct values of label {@code name}, in no particular order. */
  List<String> values(String name);

  /** The distinct label names, in no particular order. */
  List<String> names();
}
