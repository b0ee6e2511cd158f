/**
 * The dispatcher: routes each received alert to its routes, keeps one {@link
 * io.argus.alertmanager.dispatch.AggregationGroup} per route and group-by label values, and
 * flushes groups into the notification pipeline on Alertmanager's schedule (group_wait for the
 * first notification, group_interval after that). Time comes from an injected clock and flushes
 * are driven by {@link io.argus.alertmanager.dispatch.Dispatcher#flushDue()}, so tests advance a
 * manual clock instead of sleeping.
 */
package io.argus.alertmanager.dispatch;
