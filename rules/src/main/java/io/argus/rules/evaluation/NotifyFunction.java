package io.argus.rules.evaluation;

import java.util.List;

/**
 * Receives the alerts an alerting rule wants sent after an evaluation (firing ones due for a
 * resend and newly resolved ones), as Prometheus' {@code NotifyFunc}. Called on the group's thread;
 * must not block for long.
 *
 * @see io.argus.rules.notifier.Notifier
 */
@FunctionalInterface
public interface NotifyFunction {

  /**
   * @param expr the rule's expression, for the alerts' generator URL
   * @param alerts never empty
   */
  void send(String expr, List<AlertSnapshot> alerts);

  /** A function that drops everything, for setups without Alertmanagers. */
  static NotifyFunction none() {
    return (expr, alerts) -> {};
  }
}
