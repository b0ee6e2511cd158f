package io.argus.server;

import io.argus.alertmanager.Alertmanager;
import io.argus.alertmanager.AlertmanagerOptions;
import io.argus.alertmanager.config.AlertmanagerConfig;
import io.argus.alertmanager.config.AlertmanagerConfigLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The Alertmanager that runs inside Argus, behind {@code /api/v2}: its configuration file (or the
 * built-in one), its state directory under the data path, and reloads that keep the running
 * configuration when the new one is bad.
 */
final class EmbeddedAlertmanager implements AutoCloseable {

  private static final String BUILT_IN_RESOURCE = "default-alertmanager.yml";
  static final String BUILT_IN_SOURCE = "<embedded alertmanager default>";

  private final ServerOptions options;
  private final Alertmanager alertmanager;

  private EmbeddedAlertmanager(ServerOptions options, Alertmanager alertmanager) {
    this.options = options;
    this.alertmanager = alertmanager;
  }

  /** Reads the configuration and starts; the message of a failure names the file and line. */
  static EmbeddedAlertmanager start(ServerOptions options, String externalUrl) throws StartupException {
    String text = read(options);
    AlertmanagerConfig config = parse(options, text);
    try {
      Path state = options.dataPath().resolve("alertmanager");
      Files.createDirectories(state);
      return new EmbeddedAlertmanager(options,
          Alertmanager.start(config, AlertmanagerOptions.defaults(state, externalUrl, text)));
    } catch (IOException e) {
      throw new StartupException("starting the Alertmanager failed: " + e.getMessage(), e);
    }
  }

  Alertmanager alertmanager() {
    return alertmanager;
  }

  /** Re-reads the configuration: null on success, else the reason; the running one stays on failure. */
  String reload() {
    try {
      String text = read(options);
      alertmanager.reload(parse(options, text), text);
      return null;
    } catch (StartupException e) {
      return e.getMessage();
    }
  }

  private static String read(ServerOptions options) throws StartupException {
    Path file = options.alertmanagerConfigFile();
    if (!options.alertmanagerConfigFileRequired() && !Files.exists(file)) {
      try (InputStream in = EmbeddedAlertmanager.class.getResourceAsStream(BUILT_IN_RESOURCE)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("resource " + BUILT_IN_RESOURCE + " is missing from the jar", e);
      }
    }
    try {
      return Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new StartupException(file + ": cannot read Alertmanager configuration: no such file", e);
    } catch (IOException e) {
      throw new StartupException(file + ": cannot read Alertmanager configuration: " + e.getMessage(), e);
    }
  }

  private static AlertmanagerConfig parse(ServerOptions options, String text) throws StartupException {
    Path file = options.alertmanagerConfigFile();
    String source = !options.alertmanagerConfigFileRequired() && !Files.exists(file) ? BUILT_IN_SOURCE : file.toString();
    try {
      return AlertmanagerConfigLoader.parse(text, source);
    } catch (RuntimeException e) {
      throw new StartupException("error loading Alertmanager config: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() throws IOException {
    alertmanager.close();
  }
}
