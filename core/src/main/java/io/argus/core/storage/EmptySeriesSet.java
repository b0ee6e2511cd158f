package io.argus.core.storage;

/** The series set with no series. */
enum EmptySeriesSet implements SeriesSet {
  INSTANCE;

  @Override
  public boolean next() {
    return false;
  }

  @Override
  public Series at() {
    throw new IllegalStateException("an empty series set has no current series");
  }
}
