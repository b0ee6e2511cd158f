package io.argus.scrape.loop;

/** Counters of one scrape, filled while appending; reset at the start of each scrape. */
final class ScrapeCounts {
  int scraped;
  int appended;
  int seriesAdded;
  int outOfOrder;
  int duplicateTimestamps;
  int outOfBounds;

  void reset() {
    scraped = 0;
    appended = 0;
    seriesAdded = 0;
    outOfOrder = 0;
    duplicateTimestamps = 0;
    outOfBounds = 0;
  }
}
