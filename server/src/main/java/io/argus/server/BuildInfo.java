package io.argus.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * What this build is: version and build date from the jar (filtered in by Maven), revision and
 * branch from the environment of the build when known.
 */
public record BuildInfo(String version, String revision, String branch, String buildUser, String buildDate,
    String runtimeVersion) {

  private static final BuildInfo CURRENT = load();

  public static BuildInfo current() {
    return CURRENT;
  }

  private static BuildInfo load() {
    Properties properties = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // Build metadata is informative only; a jar without it still runs.
    }
    return new BuildInfo(
        properties.getProperty("version", "unknown"),
        "unknown",
        "unknown",
        "unknown",
        properties.getProperty("buildDate", "unknown"),
        "java" + Runtime.version().feature() + "." + Runtime.version().interim() + "." + Runtime.version().update());
  }
}
