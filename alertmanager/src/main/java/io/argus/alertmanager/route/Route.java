package io.argus.alertmanager.route;

import io.argus.alertmanager.config.RouteConfig;
import io.argus.alertmanager.matcher.MatcherSet;
import io.argus.core.label.Labels;
import java.util.ArrayList;
import java.util.List;

/**
 * A node of the routing tree with its effective options. Children inherit receiver, grouping and
 * intervals from their parent unless they set them; time intervals are not inherited, as in
 * Alertmanager. Immutable and thread-safe.
 */
public final class Route {

  private static final String GROUP_BY_ALL = "...";

  private final Route parent;
  private final MatcherSet matchers;
  private final boolean continueMatching;
  private final RouteOptions options;
  private final List<Route> children;
  private final String key;
  private final String id;

  private Route(Route parent, RouteConfig config, int indexInParent) {
    this.parent = parent;
    this.matchers = config.matchers();
    this.continueMatching = config.continueMatching();
    this.options = inherit(parent == null ? null : parent.options, config);
    this.key = (parent == null ? "" : parent.key + "/") + matchers;
    this.id = parent == null ? key : parent.id + "/" + matchers + "/" + indexInParent;
    List<Route> built = new ArrayList<>(config.routes().size());
    for (int i = 0; i < config.routes().size(); i++) {
      built.add(new Route(this, config.routes().get(i), i));
    }
    this.children = List.copyOf(built);
  }

  /** The tree for a root route configuration. */
  public static Route tree(RouteConfig root) {
    return new Route(null, root, 0);
  }

  private static RouteOptions inherit(RouteOptions parent, RouteConfig config) {
    String receiver = config.receiver() != null ? config.receiver() : parent == null ? "" : parent.receiver();
    List<String> groupBy;
    boolean groupByAll;
    if (config.groupBy() != null) {
      groupByAll = config.groupBy().contains(GROUP_BY_ALL);
      groupBy = groupByAll ? List.of() : config.groupBy();
    } else {
      groupByAll = parent != null && parent.groupByAll();
      groupBy = parent == null ? List.of() : parent.groupBy();
    }
    return new RouteOptions(
        receiver,
        groupBy,
        groupByAll,
        choose(config.groupWaitMillis(), parent == null ? RouteOptions.DEFAULT_GROUP_WAIT_MILLIS : parent.groupWaitMillis()),
        choose(config.groupIntervalMillis(), parent == null ? RouteOptions.DEFAULT_GROUP_INTERVAL_MILLIS : parent.groupIntervalMillis()),
        choose(config.repeatIntervalMillis(), parent == null ? RouteOptions.DEFAULT_REPEAT_INTERVAL_MILLIS : parent.repeatIntervalMillis()),
        config.muteTimeIntervals(),
        config.activeTimeIntervals());
  }

  private static long choose(Long own, long inherited) {
    return own != null ? own : inherited;
  }

  /**
   * The routes {@code labels} belong to, as Alertmanager matches them: a node that matches hands
   * the alert to its children, depth first; the first matching child wins unless it has {@code
   * continue: true}; a node none of whose children match takes the alert itself. Never empty for
   * the root, which matches everything.
   */
  public List<Route> match(Labels labels) {
    List<Route> matches = new ArrayList<>(1);
    collect(labels, matches);
    return matches;
  }

  private boolean collect(Labels labels, List<Route> matches) {
    if (!matchers.matches(labels)) {
      return false;
    }
    boolean childMatched = false;
    for (Route child : children) {
      if (child.collect(labels, matches)) {
        childMatched = true;
        if (!child.continueMatching) {
          break;
        }
      }
    }
    if (!childMatched) {
      matches.add(this);
    }
    return true;
  }

  /**
   * Alertmanager's route key: the matchers of every node from the root down, joined by {@code /},
   * e.g. {@code {}/{severity="page"}}. Part of every group key, so it appears in webhook payloads.
   */
  public String key() {
    return key;
  }

  /** A key that also tells apart siblings with equal matchers (the key plus the child index). */
  public String id() {
    return id;
  }

  public Route parent() {
    return parent;
  }

  public MatcherSet matchers() {
    return matchers;
  }

  public boolean continueMatching() {
    return continueMatching;
  }

  public RouteOptions options() {
    return options;
  }

  public List<Route> children() {
    return children;
  }

  /** Every node of this subtree, depth first, this one first. */
  public List<Route> walk() {
    List<Route> all = new ArrayList<>();
    walk(all);
    return all;
  }

  private void walk(List<Route> all) {
    all.add(this);
    for (Route child : children) {
      child.walk(all);
    }
  }

  @Override
  public String toString() {
    return id;
  }
}
