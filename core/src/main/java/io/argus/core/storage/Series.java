package io.argus.core.storage;

import io.argus.core.label.Labels;

/** One series: its labels and its samples in time order, within the querier's range. */
public interface Series {

  Labels labels();

  /**
   * An iterator over the samples. Pass the iterator returned for an earlier series as {@code reuse}
   * to let the implementation recycle its buffers; pass null otherwise.
   */
  SampleIterator iterator(SampleIterator reuse);
}
