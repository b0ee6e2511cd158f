package io.argus.scrape.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.argus.core.label.Labels;
import io.argus.scrape.config.RelabelAction;
import io.argus.scrape.config.RelabelConfig;
import io.argus.scrape.config.ScrapeConfig;
import io.argus.scrape.discovery.TargetGroup;
import io.argus.scrape.target.TargetHealth;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ScrapePoolTest {

  private final RecordingAppendable storage = new RecordingAppendable();
  private final ExporterServer first;
  private final ExporterServer second;

  ScrapePoolTest() throws Exception {
    first = new ExporterServer().serve("a 1\n");
    second = new ExporterServer().serve("b 1\n");
  }

  @AfterEach
  void tearDown() {
    first.close();
    second.close();
  }

  private static TargetGroup group(String source, ExporterServer... servers) {
    List<Labels> targets = java.util.Arrays.stream(servers)
        .map(server -> Labels.of("__address__", server.address())).toList();
    return new TargetGroup(source, targets, Labels.empty());
  }

  @Test
  void keepsLoopsOfUnchangedTargetsAndStalesRemovedOnes() throws Exception {
    ScrapePool pool = new ScrapePool(ScrapeConfig.builder("j").build(), storage, Clock.systemUTC(), false);
    pool.sync(List.of(group("g", first, second)));
    List<ScrapeLoop> before = pool.loops();
    assertThat(before).hasSize(2);
    for (ScrapeLoop loop : before) {
      loop.scrapeOnce(1_000);
    }
    storage.clear();

    pool.sync(List.of(group("g", first)));

    assertThat(pool.loops()).containsExactly(before.get(0));
    assertThat(pool.activeTargets()).extracting(target -> target.labels().get("__address__"))
        .containsExactly(first.address());
    assertThat(storage.samplesOf("b")).singleElement().matches(RecordingAppendable.Sample::isStale);
    assertThat(storage.samplesOf("up")).singleElement().matches(RecordingAppendable.Sample::isStale);
    assertThat(storage.samplesOf("a")).isEmpty();
    pool.stop(false);
  }

  @Test
  void keepsAtMostKeepDroppedTargets() {
    ScrapeConfig config = ScrapeConfig.builder("j").keepDroppedTargets(1)
        .relabelConfig(RelabelConfig.builder().action(RelabelAction.DROP).sourceLabels("__address__")
            .regex("127.*").build())
        .build();
    ScrapePool pool = new ScrapePool(config, storage, Clock.systemUTC(), false);
    pool.sync(List.of(group("g", first, second)));
    assertThat(pool.activeTargets()).isEmpty();
    assertThat(pool.droppedTargets()).hasSize(1);
    assertThat(pool.droppedTargets().get(0).discoveredLabels().get("__address__")).isEqualTo(first.address());
    pool.stop(false);
  }

  @Test
  void reportsInvalidTargets() {
    ScrapePool pool = new ScrapePool(ScrapeConfig.builder("j").build(), storage, Clock.systemUTC(), false);
    pool.sync(List.of(new TargetGroup("g", List.of(Labels.of("__address__", "a/b")), Labels.empty())));
    assertThat(pool.targetErrors()).containsExactly("instance 0 in group g: \"a/b:80\" is not a valid hostname");
    pool.stop(false);
  }

  @Test
  void targetLimitStopsEveryLoopOfThePool() {
    ScrapePool pool = new ScrapePool(ScrapeConfig.builder("j").targetLimit(1).build(), storage, Clock.systemUTC(),
        false);
    pool.sync(List.of(group("g", first, second)));
    assertThat(pool.loops()).isEmpty();
    assertThat(pool.activeTargets()).hasSize(2).allSatisfy(target -> {
      assertThat(target.state().health()).isEqualTo(TargetHealth.DOWN);
      assertThat(target.state().lastError()).isEqualTo("target_limit exceeded (number of targets: 2, limit: 1)");
    });
    pool.stop(false);
  }

  @Test
  void startedLoopsScrapeOnTheirOwn() throws Exception {
    ScrapePool pool = new ScrapePool(ScrapeConfig.builder("j").scrapeIntervalMillis(200).build(), storage,
        Clock.systemUTC(), true);
    pool.sync(List.of(group("g", first)));
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (storage.samplesOf("a").size() < 2 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(storage.samplesOf("a").size()).isGreaterThanOrEqualTo(2);
    pool.stop(true);
    assertThat(storage.samplesOf("a").getLast().isStale()).isTrue();
  }

  @Test
  void managerKeepsUnchangedJobsAndRestartsChangedOnes() {
    try (ScrapeManager manager = new ScrapeManager(storage, Clock.systemUTC(), false)) {
      ScrapeConfig a = ScrapeConfig.builder("a").build();
      ScrapeConfig b = ScrapeConfig.builder("b").build();
      manager.updateTargets("a", List.of(group("g", first)));
      manager.applyConfig(List.of(a, b));
      assertThat(manager.pool("a").activeTargets()).hasSize(1);
      ScrapePool poolA = manager.pool("a");
      ScrapeLoop loopA = poolA.loops().get(0);
      ScrapePool poolB = manager.pool("b");

      manager.applyConfig(List.of(ScrapeConfig.builder("a").build(), ScrapeConfig.builder("b").sampleLimit(5).build()));

      assertThat(manager.pool("a")).isSameAs(poolA);
      assertThat(manager.pool("a").loops()).containsExactly(loopA);
      assertThat(manager.pool("b")).isNotSameAs(poolB);
      assertThat(manager.pool("b").config().sampleLimit()).isEqualTo(5);

      manager.applyConfig(List.of(b));
      assertThat(manager.pools().keySet()).containsExactly("b");
      assertThatThrownBy(() -> manager.applyConfig(List.of(b, b)))
          .hasMessage("found multiple scrape configs with job name \"b\"");
    }
  }
}
