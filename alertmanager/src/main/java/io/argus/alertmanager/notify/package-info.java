/**
 * The notification pipeline that runs when an aggregation group flushes, stage by stage as in
 * Alertmanager: inhibition, active and mute time intervals, silences, then per integration the
 * deduplication against the {@link io.argus.alertmanager.notify.NotificationLog}, retries with
 * exponential backoff, and logging of what was sent. {@link
 * io.argus.alertmanager.notify.NotificationPipeline} is the entry type and {@link
 * io.argus.alertmanager.notify.Notifier} the seam each receiver integration implements.
 */
package io.argus.alertmanager.notify;
