/**
 * {@link io.argus.rules.manager.RuleManager} owns the running rule groups: it loads rule files
 * from globs, replaces changed groups on reload while unchanged ones keep running (and changed
 * ones take over the state of their rules), schedules each group at its stable offset on an
 * injectable {@link io.argus.rules.manager.Scheduler}, and exposes the records {@code
 * /api/v1/rules} and {@code /api/v1/alerts} print and the {@code argus_rule_*} statistics.
 */
package io.argus.rules.manager;
