package io.argus.alertmanager.config;

import io.argus.alertmanager.matcher.InvalidMatcherException;
import io.argus.alertmanager.matcher.MatcherParser;
import io.argus.alertmanager.matcher.MatcherSet;
import io.argus.core.label.InvalidRegexException;
import io.argus.core.label.LabelNames;
import io.argus.core.label.Matcher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads {@code route:} trees and {@code inhibit_rules:} with Alertmanager's per-node checks. */
final class RouteConfigReader {

  /** The {@code group_by} entry that groups by all labels. */
  static final String GROUP_BY_ALL = "...";

  private static final Set<String> ROUTE_KEYS = Set.of("receiver", "group_by", "continue", "match",
      "match_re", "matchers", "group_wait", "group_interval", "repeat_interval",
      "mute_time_intervals", "active_time_intervals", "routes");

  private static final Set<String> INHIBIT_KEYS = Set.of("source_match", "source_match_re",
      "source_matchers", "target_match", "target_match_re", "target_matchers", "equal");

  private RouteConfigReader() {}

  static RouteConfig readRoute(YamlNode node) {
    YamlNode.Mapping route = node.mapping("a route");
    String receiver = route.string("receiver", null);
    YamlNode groupByNode = route.get("group_by");
    List<String> groupBy = groupByNode == null ? null : readGroupBy(groupByNode);
    boolean continueMatching = route.bool("continue", false);
    MatcherSet matchers = readMatchers(route, "match", "match_re", "matchers");
    Long groupWait = optionalDuration(route.get("group_wait"), "group_wait");
    Long groupInterval = optionalDuration(route.get("group_interval"), "group_interval");
    Long repeatInterval = optionalDuration(route.get("repeat_interval"), "repeat_interval");
    List<String> mute = route.stringList("mute_time_intervals");
    List<String> active = route.stringList("active_time_intervals");
    List<RouteConfig> children = new ArrayList<>();
    YamlNode routes = route.get("routes");
    if (routes != null) {
      for (YamlNode child : routes.list("routes")) {
        children.add(readRoute(child));
      }
    }
    route.finish(ROUTE_KEYS);
    return new RouteConfig(receiver, groupBy, continueMatching, matchers, groupWait, groupInterval,
        repeatInterval, mute, active, children, node.position());
  }

  static InhibitRuleConfig readInhibitRule(YamlNode node) {
    YamlNode.Mapping rule = node.mapping("an inhibit rule");
    MatcherSet source = readMatchers(rule, "source_match", "source_match_re", "source_matchers");
    MatcherSet target = readMatchers(rule, "target_match", "target_match_re", "target_matchers");
    List<String> equal = rule.stringList("equal");
    YamlNode equalNode = rule.get("equal");
    for (String name : equal) {
      if (!LabelNames.isValidLegacyLabelName(name)) {
        throw equalNode.error("invalid label name \"" + name + "\" in equal list");
      }
    }
    rule.finish(INHIBIT_KEYS);
    return new InhibitRuleConfig(source, target, equal, node.position());
  }

  private static List<String> readGroupBy(YamlNode node) {
    List<String> names = node.stringList("group_by");
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      if (name.equals(GROUP_BY_ALL)) {
        if (names.size() > 1) {
          throw node.error("cannot have wildcard group_by (`...`) and other labels at the same time");
        }
      } else if (!LabelNames.isValidLegacyLabelName(name)) {
        throw node.error("invalid label name \"" + name + "\" in group_by list");
      }
      if (!seen.add(name)) {
        throw node.error("duplicated label \"" + name + "\" in group_by");
      }
    }
    return names;
  }

  private static Long optionalDuration(YamlNode node, String key) {
    if (node == null) {
      return null;
    }
    long millis = GlobalConfigReader.duration(node, 0);
    if (millis == 0 && !key.equals("group_wait")) {
      throw node.error(key + " cannot be zero");
    }
    return millis;
  }

  /** Folds the legacy equality and regex maps and the new matcher strings into one sorted set. */
  private static MatcherSet readMatchers(
      YamlNode.Mapping mapping, String equalKey, String regexKey, String matchersKey) {
    List<Matcher> matchers = new ArrayList<>();
    YamlNode equalNode = mapping.get(equalKey);
    if (equalNode != null) {
      for (Map.Entry<String, String> entry : equalNode.stringMap(equalKey).entrySet()) {
        checkLabelName(equalNode, entry.getKey());
        matchers.add(Matcher.equal(entry.getKey(), entry.getValue()));
      }
    }
    YamlNode regexNode = mapping.get(regexKey);
    if (regexNode != null) {
      for (Map.Entry<String, String> entry : regexNode.stringMap(regexKey).entrySet()) {
        checkLabelName(regexNode, entry.getKey());
        try {
          matchers.add(Matcher.regex(entry.getKey(), entry.getValue()));
        } catch (InvalidRegexException e) {
          throw regexNode.error("invalid regular expression for " + entry.getKey() + ": " + e.getMessage());
        }
      }
    }
    YamlNode matchersNode = mapping.get(matchersKey);
    if (matchersNode != null) {
      for (YamlNode item : matchersNode.list(matchersKey)) {
        try {
          matchers.addAll(MatcherParser.parseMatchers(item.string("each entry of " + matchersKey)));
        } catch (InvalidMatcherException e) {
          throw item.error(e.getMessage());
        }
      }
    }
    return MatcherSet.of(matchers);
  }

  private static void checkLabelName(YamlNode node, String name) {
    if (!LabelNames.isValidLegacyLabelName(name)) {
      throw node.error("invalid label name \"" + name + "\"");
    }
  }
}
