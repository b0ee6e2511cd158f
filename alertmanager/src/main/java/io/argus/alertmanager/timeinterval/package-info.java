/**
 * Alertmanager's time intervals ({@code time_intervals:} and the older {@code
 * mute_time_intervals:}): times of day, weekdays, days of month, months and years in a location,
 * and whether an instant falls inside them. {@link io.argus.alertmanager.timeinterval.TimeInterval}
 * is the entry type; routes name intervals by {@link
 * io.argus.alertmanager.timeinterval.NamedTimeInterval}. Depends on nothing but the JDK.
 */
package io.argus.alertmanager.timeinterval;
