package io.argus.server.config;

import io.argus.scrape.config.ScrapeConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.PatternSyntaxException;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads {@code prometheus.yml} into a {@link PrometheusConfig}. Stateless and thread-safe.
 */
public final class ConfigLoader {

  /** What {@link PrometheusConfig#source()} says for the built-in configuration. */
  public static final String EMBEDDED_SOURCE = "<embedded default>";

  private static final String EMBEDDED_RESOURCE = "default-prometheus.yml";
  private static final String SELF_TARGET_PLACEHOLDER = "${self}";

  private ConfigLoader() {}

  /** Reads and validates a configuration file. */
  public static PrometheusConfig load(Path file) throws ConfigException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ConfigException(file.toString(), 0, 0, "cannot read configuration: no such file");
    } catch (IOException e) {
      throw new ConfigException(file.toString(), 0, 0, "cannot read configuration: " + e.getMessage());
    }
    return parse(text, file.toString());
  }

  /**
   * The built-in configuration: Prometheus' defaults with a 15 s scrape and evaluation interval and
   * one job, {@code argus}, scraping this server's own {@code /metrics} at {@code selfTarget}.
   */
  public static PrometheusConfig embeddedDefault(String selfTarget) {
    try {
      return parse(embeddedDefaultText(selfTarget), EMBEDDED_SOURCE);
    } catch (ConfigException e) {
      throw new IllegalStateException("the embedded default configuration is invalid: " + e.getMessage(), e);
    }
  }

  /** The text of the built-in configuration for {@code selfTarget}. */
  public static String embeddedDefaultText(String selfTarget) {
    try (InputStream in = ConfigLoader.class.getResourceAsStream(EMBEDDED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + EMBEDDED_RESOURCE + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(SELF_TARGET_PLACEHOLDER, selfTarget);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read resource " + EMBEDDED_RESOURCE, e);
    }
  }

  /**
   * Parses configuration text.
   *
   * @param source the file name used in error messages and for resolving relative paths
   */
  public static PrometheusConfig parse(String text, String source) throws ConfigException {
    YamlMapping root = YamlMapping.of(source, "config", compose(text, source));
    root.refuseUnsupported("scrape_config_files", "tracing", "otlp", "runtime");
    GlobalConfig global = root.has("global") ? GlobalConfig.from(root.mapping("global")) : GlobalConfig.defaults();
    root.node("global");
    List<ScrapeConfig> scrapeConfigs = ScrapeConfigBinder.listFrom(root, global);
    List<String> ruleFiles = ruleFiles(root);
    AlertingConfig alerting = AlertingConfig.from(root.mapping("alerting"));
    List<RemoteWriteConfig> remoteWrite = RemoteWriteConfig.listFrom(root);
    List<RemoteReadConfig> remoteRead = RemoteReadConfig.listFrom(root);
    StorageConfig storage = StorageConfig.from(root.mapping("storage"));
    root.finish();
    return new PrometheusConfig(source, global, scrapeConfigs, ruleFiles, alerting, remoteWrite, remoteRead, storage);
  }

  private static Node compose(String text, String source) throws ConfigException {
    LoadSettings settings = LoadSettings.builder()
        .setLabel(source)
        .setAllowDuplicateKeys(false)
        .setUseMarks(true)
        .build();
    try {
      Composer composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text)));
      Node node = composer.getSingleNode().orElse(null);
      return node;
    } catch (MarkedYamlEngineException e) {
      throw ConfigException.at(source, e.getProblemMark().orElse(null), "invalid YAML: " + e.getProblem());
    } catch (YamlEngineException e) {
      throw new ConfigException(source, 0, 0, "invalid YAML: " + e.getMessage());
    }
  }

  private static List<String> ruleFiles(YamlMapping root) throws ConfigException {
    List<String> resolved = new ArrayList<>();
    for (String pattern : root.strings("rule_files")) {
      try {
        FileSystems.getDefault().getPathMatcher("glob:" + pattern);
      } catch (PatternSyntaxException e) {
        throw root.errorAt("rule_files", "invalid rule file path \"" + pattern + "\": " + e.getDescription());
      }
      resolved.add(ConfigPaths.resolve(root, pattern));
    }
    return resolved;
  }
}
