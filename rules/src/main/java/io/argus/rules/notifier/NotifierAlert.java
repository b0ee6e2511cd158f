package io.argus.rules.notifier;

import io.argus.core.label.Labels;

/**
 * One alert as Alertmanager's API v2 receives it.
 *
 * @param startsAtMillis epoch milliseconds
 * @param endsAtMillis epoch milliseconds: the resolve time, or for a firing alert how long it is
 *     valid without a resend
 */
public record NotifierAlert(
    Labels labels, Labels annotations, long startsAtMillis, long endsAtMillis, String generatorUrl) {}
