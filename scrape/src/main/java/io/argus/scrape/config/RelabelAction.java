package io.argus.scrape.config;

import java.util.Locale;

/** The relabeling actions, named as in prometheus.yml. */
public enum RelabelAction {
  REPLACE,
  KEEP,
  DROP,
  KEEPEQUAL,
  DROPEQUAL,
  HASHMOD,
  LABELMAP,
  LABELDROP,
  LABELKEEP,
  LOWERCASE,
  UPPERCASE;

  /** The name in prometheus.yml, e.g. {@code labelmap}. */
  public String configName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The action named, case-insensitively as Prometheus reads it.
   *
   * @throws IllegalArgumentException with Prometheus' wording for an unknown action
   */
  public static RelabelAction ofConfigName(String name) {
    for (RelabelAction action : values()) {
      if (action.configName().equals(name.toLowerCase(Locale.ROOT))) {
        return action;
      }
    }
    throw new IllegalArgumentException("unknown relabel action \"" + name + "\"");
  }
}
