/**
 * Targets as Prometheus builds them: {@link io.argus.scrape.target.TargetBuilder} turns discovered
 * labels into an active {@link io.argus.scrape.target.Target} (address, scheme, path, parameters,
 * interval and timeout from the {@code __…__} labels, job and instance defaulted, meta labels
 * dropped) or a dropped one, and each target carries its live health for the API. Depends on
 * {@code core}, the config records and relabeling.
 */
package io.argus.scrape.target;
