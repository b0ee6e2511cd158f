/**
 * Hash functions whose exact values matter because Prometheus computes the same ones:
 * {@link io.argus.core.hash.XxHash64}. Depends on nothing.
 */
package io.argus.core.hash;
