/**
 * Service discovery: a {@link io.argus.scrape.discovery.Discoverer} per mechanism (static, file,
 * HTTP) reports {@link io.argus.scrape.discovery.TargetGroup}s keyed by source; the
 * {@link io.argus.scrape.discovery.DiscoveryManager} runs the discoverers of every job on virtual
 * threads and hands each job's merged groups to a consumer (the scrape manager). New mechanisms
 * (DNS, Kubernetes, Consul, clouds) implement the one-method {@code Discoverer} interface. Depends
 * on {@code core}, the config records and SnakeYAML Engine (for JSON and YAML target files).
 */
package io.argus.scrape.discovery;
