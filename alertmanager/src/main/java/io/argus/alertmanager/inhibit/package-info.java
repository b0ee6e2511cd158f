/**
 * Inhibition: {@link io.argus.alertmanager.inhibit.Inhibitor} mutes alerts matching an inhibit
 * rule's target while a source alert with equal values of the rule's {@code equal} labels fires.
 * Depends on the alert, config and matcher packages.
 */
package io.argus.alertmanager.inhibit;
