package io.argus.rules.manager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Expands {@code rule_files} patterns as Go's {@code filepath.Glob}: relative patterns resolve
 * against the configuration file's directory, a pattern without meta characters names one file,
 * and a pattern that matches nothing is not an error.
 */
public final class RuleFileGlobs {

  private RuleFileGlobs() {}

  /** The matching files, sorted and without duplicates. */
  public static List<Path> expand(List<String> patterns, Path baseDirectory) {
    TreeSet<Path> files = new TreeSet<>();
    for (String pattern : patterns) {
      Path absolute = baseDirectory.resolve(pattern).normalize();
      if (!hasMeta(pattern)) {
        if (Files.isRegularFile(absolute)) {
          files.add(absolute);
        }
        continue;
      }
      Path root = absolute.getRoot();
      Path fixed = root == null ? Path.of("") : root;
      int depth = absolute.getNameCount();
      int fixedCount = 0;
      for (int i = 0; i < depth; i++) {
        if (hasMeta(absolute.getName(i).toString())) {
          break;
        }
        fixed = fixed.resolve(absolute.getName(i));
        fixedCount++;
      }
      if (!Files.isDirectory(fixed)) {
        continue;
      }
      PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + escape(absolute.toString()));
      try (Stream<Path> walk = Files.walk(fixed, depth - fixedCount)) {
        walk.filter(Files::isRegularFile).filter(matcher::matches).forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + fixed + " for rule_files pattern " + pattern, e);
      }
    }
    return new ArrayList<>(files);
  }

  private static boolean hasMeta(String text) {
    return text.contains("*") || text.contains("?") || text.contains("[");
  }

  private static String escape(String pattern) {
    return pattern.replace("{", "\\{").replace("}", "\\}");
  }
}
