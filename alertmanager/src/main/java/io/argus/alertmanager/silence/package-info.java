/**
 * Silences: {@link io.argus.alertmanager.silence.Silence} values, their {@link
 * io.argus.alertmanager.silence.SilenceState}, the {@link io.argus.alertmanager.silence.Silences}
 * store with Alertmanager's create/update/expire rules and garbage collection, and the snapshot
 * codec that lets them survive a restart. Depends on {@code core}, the matcher and snapshot
 * packages; knows nothing of routing or sending.
 */
package io.argus.alertmanager.silence;
