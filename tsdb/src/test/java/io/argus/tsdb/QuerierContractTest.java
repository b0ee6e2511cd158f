package io.argus.tsdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argus.core.label.Labels;
import io.argus.core.label.Matcher;
import io.argus.core.storage.Appendable;
import io.argus.core.storage.Appender;
import io.argus.core.storage.Querier;
import io.argus.core.storage.Queryable;
import io.argus.core.storage.SampleIterator;
import io.argus.core.storage.SeriesSet;
import io.argus.core.storage.StaleMarker;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link Querier} over appendable storage fulfils. Each storage implementation
 * extends this class and opens a fresh, empty instance in {@link #openStorage()}.
 */
public abstract class QuerierContractTest {

  /** Storage under test: writable, readable, closable. */
  public interface Storage extends Appendable, Queryable, AutoCloseable {
    @Override
    void close();
  }

  protected abstract Storage openStorage() throws Exception;

  protected Storage storage;

  private static final Labels UP_API = Labels.of("__name__", "up", "job", "api", "instance", "a");
  private static final Labels UP_WEB = Labels.of("__name__", "up", "job", "web", "instance", "b");
  private static final Labels UP_DB = Labels.of("__name__", "up", "job", "db");
  private static final Labels REQUESTS = Labels.of("__name__", "requests", "job", "api", "path", "/x");

  @BeforeEach
  void open() throws Exception {
    storage = openStorage();
    Appender appender = storage.appender();
    for (int i = 0; i < 10; i++) {
      long t = 1_000L * i;
      appender.append(0, UP_API, t, i);
      appender.append(0, UP_WEB, t, 10 + i);
      appender.append(0, REQUESTS, t, 100 + i);
    }
    appender.append(0, UP_DB, 50_000, 1);
    appender.commit();
  }

  @AfterEach
  void closeStorage() {
    storage.close();
  }

  @Test
  void selectsMatchingSeriesSortedByLabels() {
    try (Querier querier = storage.querier(0, 100_000)) {
      assertThat(labelsOf(querier.select(true, null, Matcher.equal("__name__", "up"))))
          .containsExactly(UP_API, UP_WEB, UP_DB); // "instance" sorts before "job"
      assertThat(labelsOf(querier.select(true, null, Matcher.equal("job", "api"))))
          .containsExactly(REQUESTS, UP_API);
    }
  }

  @Test
  void unsortedSelectReturnsTheSameSeries() {
    try (Querier querier = storage.querier(0, 100_000)) {
      assertThat(labelsOf(querier.select(false, null, Matcher.equal("__name__", "up"))))
          .containsExactlyInAnyOrder(UP_API, UP_DB, UP_WEB);
    }
  }

  @Test
  void appliesEveryKindOfMatcher() {
    try (Querier querier = storage.querier(0, 100_000)) {
      Matcher up = Matcher.equal("__name__", "up");
      assertThat(labelsOf(querier.select(true, null, up, Matcher.notEqual("job", "api"))))
          .containsExactly(UP_WEB, UP_DB);
      assertThat(labelsOf(querier.select(true, null, up, Matcher.regex("job", "a.*|d.*"))))
          .containsExactly(UP_API, UP_DB);
      assertThat(labelsOf(querier.select(true, null, up, Matcher.notRegex("job", "api|web"))))
          .containsExactly(UP_DB);
      assertThat(labelsOf(querier.select(true, null, up, Matcher.equal("instance", ""))))
          .as("an empty value matches series without the label")
          .containsExactly(UP_DB);
      assertThat(labelsOf(querier.select(true, null, Matcher.regex("__name__", ".+"))))
          .hasSize(4);
      assertThat(labelsOf(querier.select(true, null, Matcher.equal("job", "nope")))).isEmpty();
    }
  }

  @Test
  void refusesSelectorsThatMatchEverything() {
    try (Querier querier = storage.querier(0, 100_000)) {
      assertThatThrownBy(() -> querier.select(true, null, Matcher.regex("job", ".*")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("does not match the empty string");
    }
  }

  @Test
  void readsSamplesWithinTheInclusiveRangeOnly() {
    try (Querier querier = storage.querier(2_000, 5_000)) {
      SeriesSet set = querier.select(true, null, Matcher.equal("instance", "a"));
      assertThat(set.next()).isTrue();
      assertThat(samplesOf(set.at().iterator(null))).containsExactly(2_000L, 3_000L, 4_000L, 5_000L);
      assertThat(set.next()).isFalse();
      assertThat(set.error()).isNull();
    }
  }

  @Test
  void leavesOutSeriesWithoutSamplesInRange() {
    try (Querier querier = storage.querier(20_000, 40_000)) {
      assertThat(labelsOf(querier.select(true, null, Matcher.equal("__name__", "up")))).isEmpty();
      assertThat(querier.labelValues("job", Matcher.equal("__name__", "up"))).isEmpty();
    }
    try (Querier querier = storage.querier(45_000, 60_000)) {
      assertThat(labelsOf(querier.select(true, null, Matcher.equal("__name__", "up"))))
          .containsExactly(UP_DB);
    }
  }

  @Test
  void seekFindsTheFirstSampleAtOrAfterAndNeverGoesBack() {
    try (Querier querier = storage.querier(0, 100_000)) {
      SeriesSet set = querier.select(true, null, Matcher.equal("instance", "a"));
      assertThat(set.next()).isTrue();
      SampleIterator iterator = set.at().iterator(null);
      assertThat(iterator.seek(3_500)).isTrue();
      assertThat(iterator.timestampMillis()).isEqualTo(4_000);
      assertThat(iterator.value()).isEqualTo(4.0);
      assertThat(iterator.seek(1_000)).isTrue();
      assertThat(iterator.timestampMillis()).isEqualTo(4_000);
      assertThat(iterator.next()).isTrue();
      assertThat(iterator.timestampMillis()).isEqualTo(5_000);
      assertThat(iterator.seek(9_001)).isFalse();
    }
  }

  @Test
  void iteratorsCanBeReusedAcrossSeries() {
    try (Querier querier = storage.querier(0, 100_000)) {
      SeriesSet set = querier.select(true, null, Matcher.equal("__name__", "up"));
      SampleIterator reuse = null;
      List<Integer> counts = new ArrayList<>();
      while (set.next()) {
        reuse = set.at().iterator(reuse);
        counts.add(samplesOf(reuse).size());
      }
      assertThat(counts).containsExactly(10, 10, 1);
    }
  }

  @Test
  void listsLabelNamesAndValuesSortedAndFiltered() {
    try (Querier querier = storage.querier(0, 100_000)) {
      assertThat(querier.labelNames()).containsExactly("__name__", "instance", "job", "path");
      assertThat(querier.labelNames(Matcher.equal("job", "db"))).containsExactly("__name__", "job");
      assertThat(querier.labelValues("job")).containsExactly("api", "db", "web");
      assertThat(querier.labelValues("job", Matcher.equal("__name__", "requests")))
          .containsExactly("api");
      assertThat(querier.labelValues("nope")).isEmpty();
    }
  }

  @Test
  void seesNothingUncommittedOrRolledBack() {
    Appender pending = storage.appender();
    pending.append(0, UP_API, 10_000, 99);
    Appender discarded = storage.appender();
    discarded.append(0, Labels.of("__name__", "ghost"), 10_000, 1);
    discarded.rollback();
    try (Querier querier = storage.querier(0, 100_000)) {
      assertThat(lastTimestamp(querier, UP_API)).isEqualTo(9_000);
      assertThat(labelsOf(querier.select(true, null, Matcher.equal("__name__", "ghost")))).isEmpty();
    }
    pending.commit();
    try (Querier querier = storage.querier(0, 100_000)) {
      assertThat(lastTimestamp(querier, UP_API)).isEqualTo(10_000);
    }
  }

  @Test
  void anOpenQuerierDoesNotSeeLaterCommits() {
    try (Querier querier = storage.querier(0, 100_000)) {
      Appender appender = storage.appender();
      appender.append(0, UP_API, 10_000, 10);
      appender.append(0, Labels.of("__name__", "up", "job", "new"), 10_000, 1);
      appender.commit();
      assertThat(lastTimestamp(querier, UP_API)).isEqualTo(9_000);
      assertThat(labelsOf(querier.select(true, null, Matcher.equal("job", "new")))).isEmpty();
    }
  }

  @Test
  void returnsStalenessMarkersBitExact() {
    Appender appender = storage.appender();
    appender.append(0, UP_API, 10_000, StaleMarker.STALE_NAN);
    appender.append(0, UP_WEB, 10_000, Double.NaN);
    appender.commit();
    try (Querier querier = storage.querier(10_000, 10_000)) {
      SeriesSet set = querier.select(true, null, Matcher.equal("__name__", "up"));
      List<Long> bits = new ArrayList<>();
      while (set.next()) {
        SampleIterator iterator = set.at().iterator(null);
        while (iterator.next()) {
          bits.add(Double.doubleToRawLongBits(iterator.value()));
        }
      }
      assertThat(bits)
          .containsExactly(StaleMarker.STALE_NAN_BITS, Double.doubleToRawLongBits(Double.NaN));
    }
  }

  private static long lastTimestamp(Querier querier, Labels labels) {
    SeriesSet set = querier.select(true, null, Matcher.equal("instance", labels.get("instance")));
    long last = Long.MIN_VALUE;
    while (set.next()) {
      if (set.at().labels().equals(labels)) {
        List<Long> samples = samplesOf(set.at().iterator(null));
        last = samples.get(samples.size() - 1);
      }
    }
    return last;
  }

  protected static List<Labels> labelsOf(SeriesSet set) {
    List<Labels> labels = new ArrayList<>();
    while (set.next()) {
      labels.add(set.at().labels());
    }
    assertThat(set.error()).isNull();
    return labels;
  }

  protected static List<Long> samplesOf(SampleIterator iterator) {
    List<Long> timestamps = new ArrayList<>();
    while (iterator.next()) {
      timestamps.add(iterator.timestampMillis());
    }
    return timestamps;
  }
}
