package io.argus.bench.alertmanager;

import io.argus.alertmanager.Alertmanager;
import io.argus.alertmanager.AlertmanagerOptions;
import io.argus.alertmanager.api.AlertGroup;
import io.argus.alertmanager.api.AlertQuery;
import io.argus.alertmanager.api.GettableAlert;
import io.argus.alertmanager.api.PostableAlert;
import io.argus.alertmanager.config.AlertmanagerConfig;
import io.argus.alertmanager.config.AlertmanagerConfigLoader;
import io.argus.alertmanager.notify.NotificationObserver;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Alertmanager facade under the load (10,000 firing alerts in 1,000 groups, routed
 * through a small tree with one inhibit rule): posting all alerts into a fresh instance, then
 * flushing every group through the pipeline, and the API's alert and group listings.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class AlertmanagerBenchmark {

  /** A clock the benchmark moves; the facade reads it for every decision. */
  static final class SteppingClock implements InstantSource {
    volatile long millis = Instant.parse("2026-11-23T12:00:00Z").toEpochMilli();

    @Override
    public Instant instant() {
      return Instant.ofEpochMilli(millis);
    }

    @Override
    public long millis() {
      return millis;
    }
  }

  /** A loaded instance shared by the read-only listing benchmarks. */
  @State(Scope.Benchmark)
  public static class Loaded {
    Alertmanager alertmanager;

    @Setup(Level.Trial)
    public void load() throws IOException {
      alertmanager = loadedInstance(new SteppingClock());
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
      alertmanager.close();
    }
  }

  /** A freshly loaded instance per flush, so every invocation flushes all groups. */
  @State(Scope.Thread)
  public static class FreshlyLoaded {
    SteppingClock clock;
    Alertmanager alertmanager;

    @Setup(Level.Invocation)
    public void load() throws IOException {
      clock = new SteppingClock();
      alertmanager = loadedInstance(clock);
    }

    @TearDown(Level.Invocation)
    public void close() throws IOException {
      alertmanager.close();
    }
  }

  private static final AlertmanagerConfig CONFIG =
      AlertmanagerConfigLoader.parse(AlertLoad.CONFIG, "bench.yml");
  private static final List<List<PostableAlert>> BATCHES = AlertLoad.batches();

  static Alertmanager start(InstantSource clock) throws IOException {
    AlertmanagerOptions options = new AlertmanagerOptions(clock, null, "http://argus", AlertLoad.CONFIG,
        Runnable::run, millis -> {}, false, Long.MAX_VALUE, Duration.ofSeconds(5),
        NotificationObserver.NONE, () -> UUID.randomUUID().toString());
    return Alertmanager.start(CONFIG, options);
  }

  static Alertmanager loadedInstance(InstantSource clock) throws IOException {
    Alertmanager alertmanager = start(clock);
    for (List<PostableAlert> batch : BATCHES) {
      alertmanager.putAlerts(batch);
    }
    return alertmanager;
  }

  /** Posting 10,000 alerts in batches of 64 into a fresh instance: validation, store, routing, grouping. */
  @Benchmark
  public Alertmanager postTenThousandAlerts() throws IOException {
    Alertmanager alertmanager = loadedInstance(new SteppingClock());
    alertmanager.close();
    return alertmanager;
  }

  /** Flushing all groups once group_wait has passed: inhibition, silences, dedup for every group. */
  @Benchmark
  public Alertmanager flushAllGroups(FreshlyLoaded state) throws IOException {
    state.clock.millis += 30_000;
    state.alertmanager.tick();
    return state.alertmanager;
  }

  /** {@code GET /api/v2/alerts} over 10,000 alerts: status, receivers, sorting. */
  @Benchmark
  public List<GettableAlert> listAllAlerts(Loaded state) {
    return state.alertmanager.alerts(AlertQuery.all());
  }

  /** {@code GET /api/v2/alerts/groups} over 1,000+ groups. */
  @Benchmark
  public List<AlertGroup> listAllGroups(Loaded state) {
    return state.alertmanager.alertGroups(AlertQuery.all());
  }
}
