package io.argus.scrape.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.argus.core.label.Labels;
import io.argus.scrape.config.FileSdConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDiscovererTest {

  @TempDir
  Path directory;

  @Test
  void readsJsonAndYamlGroupsWithTheFilePath() throws Exception {
    Path json = directory.resolve("a.json");
    Path yaml = directory.resolve("b.yml");
    Files.writeString(json, """
        [{"targets": ["h1:9100", "h2:9100"], "labels": {"env": "prod"}}, {"targets": ["h3:1"]}]
        """);
    Files.writeString(yaml, """
        - targets: [ 'h4:9100' ]
          labels:
            team: db
            port: 80
        """);
    FileDiscoverer discoverer = new FileDiscoverer(FileSdConfig.of(directory + "/*.json", directory + "/*.yml"));

    List<TargetGroup> groups = discoverer.refresh();

    assertThat(groups).containsExactly(
        new TargetGroup(json + ":0", List.of(Labels.of("__address__", "h1:9100"), Labels.of("__address__", "h2:9100")),
            Labels.of("env", "prod", "__meta_filepath", json.toString())),
        new TargetGroup(json + ":1", List.of(Labels.of("__address__", "h3:1")),
            Labels.of("__meta_filepath", json.toString())),
        new TargetGroup(yaml + ":0", List.of(Labels.of("__address__", "h4:9100")),
            Labels.of("team", "db", "port", "80", "__meta_filepath", yaml.toString())));
    assertThat(discoverer.lastErrors()).isEmpty();
  }

  @Test
  void removesGroupsOfShrunkAndDeletedFilesAndKeepsThoseOfBrokenOnes() throws Exception {
    Path a = directory.resolve("a.json");
    Path b = directory.resolve("b.json");
    Files.writeString(a, "[{\"targets\": [\"h1:1\"]}, {\"targets\": [\"h2:1\"]}]");
    Files.writeString(b, "[{\"targets\": [\"h3:1\"]}]");
    FileDiscoverer discoverer = new FileDiscoverer(FileSdConfig.of(directory + "/*.json"));
    discoverer.refresh();

    Files.writeString(a, "[{\"targets\": [\"h1:1\"]}]");
    Files.writeString(b, "[{\"targets\": [\"h3:1\"");
    List<TargetGroup> changed = discoverer.refresh();
    assertThat(changed).extracting(TargetGroup::source).containsExactly(a + ":0", a + ":1");
    assertThat(changed.get(1).targets()).isEmpty();
    assertThat(discoverer.lastErrors()).singleElement().asString().startsWith("error reading file " + b);

    Files.delete(b);
    changed = discoverer.refresh();
    assertThat(changed).extracting(TargetGroup::source).containsExactly(a + ":0", b + ":0");
    assertThat(changed.get(1).targets()).isEmpty();
  }

  @Test
  void refusesMalformedGroupsNamingFileAndGroup() throws Exception {
    Path a = directory.resolve("a.json");
    Files.writeString(a, "[{\"targets\": [\"h1:1\"], \"labels\": {\"bad-name\": \"x\"}}]");
    FileDiscoverer discoverer = new FileDiscoverer(FileSdConfig.of(a.toString()));
    assertThat(discoverer.refresh()).isEmpty();
    assertThat(discoverer.lastErrors()).containsExactly(
        "error reading file " + a + ": " + a + ": group 0: \"bad-name\" is not a valid label name");
  }

  @Test
  void noticesChangesThroughTheWatchService() throws Exception {
    Path a = directory.resolve("a.json");
    Files.writeString(a, "[{\"targets\": [\"h1:1\"]}]");
    Map<String, TargetGroup> latest = new ConcurrentHashMap<>();
    FileDiscoverer discoverer = new FileDiscoverer(new FileSdConfig(List.of(a.toString()), 3_600_000));
    Thread thread = Thread.ofVirtual().start(() -> {
      try {
        discoverer.run(groups -> groups.forEach(group -> latest.put(group.source(), group)));
      } catch (InterruptedException e) {
        // stopped
      }
    });
    try {
      awaitAddress(latest, a + ":0", "h1:1");
      Files.writeString(a, "[{\"targets\": [\"h2:1\"]}]");
      awaitAddress(latest, a + ":0", "h2:1");
    } finally {
      thread.interrupt();
      thread.join();
    }
  }

  private static void awaitAddress(Map<String, TargetGroup> latest, String source, String address)
      throws InterruptedException {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (System.nanoTime() < deadline) {
      TargetGroup group = latest.get(source);
      if (group != null && !group.targets().isEmpty() && group.targets().get(0).get("__address__").equals(address)) {
        return;
      }
      Thread.sleep(20);
    }
    assertThat(latest.get(source)).as("group %s after waiting", source).isNotNull();
    assertThat(latest.get(source).targets().get(0).get("__address__")).isEqualTo(address);
  }
}
