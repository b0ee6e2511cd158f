package io.argus.scrape.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.argus.core.label.Labels;
import io.argus.scrape.config.FileSdConfig;
import io.argus.scrape.config.ScrapeConfig;
import io.argus.scrape.config.StaticConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscoveryManagerTest {

  @TempDir
  Path directory;

  @Test
  void mergesGroupsOfAllMechanismsPerJobAndKeepsUnchangedJobs() throws Exception {
    Path file = directory.resolve("t.json");
    Files.writeString(file, "[{\"targets\": [\"f:1\"]}]");
    Map<String, List<TargetGroup>> received = new ConcurrentHashMap<>();
    ScrapeConfig node = ScrapeConfig.builder("node")
        .discoveryConfig(new StaticConfig(List.of("s1:1", "s2:1"), Map.of("env", "prod")))
        .discoveryConfig(FileSdConfig.of(file.toString()))
        .build();
    try (DiscoveryManager manager = new DiscoveryManager(received::put)) {
      manager.applyConfig(List.of(node));
      await(received, "node", 2);
      List<TargetGroup> groups = received.get("node");
      assertThat(groups.get(0)).isEqualTo(new TargetGroup("0",
          List.of(Labels.of("__address__", "s1:1"), Labels.of("__address__", "s2:1")), Labels.of("env", "prod")));
      assertThat(groups.get(1).targets()).containsExactly(Labels.of("__address__", "f:1"));

      received.clear();
      manager.applyConfig(List.of(node, ScrapeConfig.builder("other")
          .discoveryConfig(new StaticConfig(List.of("o:1"), Map.of())).build()));
      await(received, "other", 1);
      assertThat(received).doesNotContainKey("node");
      assertThat(manager.jobNames()).containsExactly("node", "other");

      manager.applyConfig(List.of(node));
      assertThat(manager.jobNames()).containsExactly("node");
    }
  }

  private static void await(Map<String, List<TargetGroup>> received, String job, int groups)
      throws InterruptedException {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (System.nanoTime() < deadline && received.getOrDefault(job, List.of()).size() < groups) {
      Thread.sleep(10);
    }
    assertThat(received.get(job)).hasSize(groups);
  }
}
