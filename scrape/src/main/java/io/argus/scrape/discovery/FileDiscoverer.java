package io.argus.scrape.discovery;

import io.argus.scrape.config.FileSdConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * {@code file_sd_configs}: reads target groups from JSON or YAML files whose last path element may
 * be a glob, and re-reads them whenever their directories change (WatchService) and every
 * refresh interval, as Prometheus does. Every group gets {@code __meta_filepath}. A file that
 * cannot be read or parsed keeps its previous groups (and the error is available from
 * {@link #lastErrors()}); a file that disappears has its groups removed.
 */
public final class FileDiscoverer implements Discoverer {

  static final String FILEPATH_LABEL = "__meta_filepath";

  private final FileSdConfig config;
  private final Map<Path, Integer> groupCounts = new HashMap<>();
  private volatile List<String> lastErrors = List.of();

  public FileDiscoverer(FileSdConfig config) {
    this.config = config;
  }

  /** Problems of the last refresh, one line per file. */
  public List<String> lastErrors() {
    return lastErrors;
  }

  @Override
  public void run(Consumer<List<TargetGroup>> updates) throws InterruptedException {
    try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
      for (Path directory : directories()) {
        try {
          directory.register(watcher, StandardWatchEventKinds.ENTRY_CREATE,
              StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
        } catch (IOException e) {
          // A missing directory is not fatal: the periodic refresh still notices files that appear.
        }
      }
      while (true) {
        updates.accept(refresh());
        var key = watcher.poll(config.refreshIntervalMillis(), TimeUnit.MILLISECONDS);
        if (key != null) {
          key.pollEvents();
          key.reset();
          // Editors write in several steps; a short pause lets a burst of events settle into one refresh.
          Thread.sleep(50);
          var more = watcher.poll();
          while (more != null) {
            more.pollEvents();
            more.reset();
            more = watcher.poll();
          }
        }
        if (Thread.interrupted()) {
          throw new InterruptedException();
        }
      }
    } catch (IOException | ClosedWatchServiceException e) {
      // No watch service on this file system: fall back to polling only.
      while (true) {
        updates.accept(refresh());
        Thread.sleep(config.refreshIntervalMillis());
      }
    }
  }

  /** Reads every matching file; returns all groups read and, as empty groups, the removed ones. */
  public List<TargetGroup> refresh() {
    List<TargetGroup> changed = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    Set<Path> seen = new LinkedHashSet<>();
    for (Path file : matchingFiles(errors)) {
      seen.add(file);
      List<TargetGroup> groups;
      try {
        groups = TargetGroupDecoder.decode(Files.readString(file, StandardCharsets.UTF_8), file.toString(),
            FILEPATH_LABEL);
      } catch (IOException | IllegalArgumentException e) {
        errors.add("error reading file " + file + ": " + e.getMessage());
        continue;
      }
      changed.addAll(groups);
      int previous = groupCounts.getOrDefault(file, 0);
      for (int i = groups.size(); i < previous; i++) {
        changed.add(TargetGroup.empty(file + ":" + i));
      }
      groupCounts.put(file, groups.size());
    }
    for (var iterator = groupCounts.entrySet().iterator(); iterator.hasNext(); ) {
      var entry = iterator.next();
      // A file that failed to parse is in seen and keeps its groups; only vanished files lose theirs.
      if (!seen.contains(entry.getKey())) {
        for (int i = 0; i < entry.getValue(); i++) {
          changed.add(TargetGroup.empty(entry.getKey() + ":" + i));
        }
        iterator.remove();
      }
    }
    lastErrors = List.copyOf(errors);
    return changed;
  }

  private List<Path> matchingFiles(List<String> errors) {
    List<Path> files = new ArrayList<>();
    for (String pattern : config.files()) {
      Path path = Path.of(pattern).toAbsolutePath();
      Path directory = path.getParent();
      String glob = path.getFileName().toString();
      if (!Files.isDirectory(directory)) {
        continue;
      }
      try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, glob)) {
        for (Path file : stream) {
          if (Files.isRegularFile(file)) {
            files.add(file);
          }
        }
      } catch (IOException | IllegalArgumentException e) {
        errors.add("error listing " + pattern + ": " + e.getMessage());
      }
    }
    files.sort(null);
    return files;
  }

  private Set<Path> directories() {
    Set<Path> directories = new LinkedHashSet<>();
    for (String pattern : config.files()) {
      directories.add(Path.of(pattern).toAbsolutePath().getParent());
    }
    return directories;
  }
}
