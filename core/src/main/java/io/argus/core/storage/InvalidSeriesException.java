package io.argus.core.storage;

import io.argus.core.label.Labels;

/**
 * A sample refused because its series' labels are not a valid series identity: empty label set,
 * empty or repeated label name, empty value, text that is not valid Unicode. Like a
 * {@link SampleRejectedException}, it concerns the sample only: the batch stays usable and nothing of
 * the refused series is stored.
 */
public final class InvalidSeriesException extends StorageException {

  private final Labels series;

  public InvalidSeriesException(String problem, Labels series) {
    super("invalid series " + series + ": " + problem);
    this.series = series;
  }

  /** The refused labels as given. */
  public Labels series() {
    return series;
  }
}
