package io.argus.ingest.sender;

/**
 * Sends one snappy-compressed remote write 1.0 body to an endpoint. Implementations report every
 * outcome, network errors included, as a {@link SendOutcome} rather than throwing. Must be
 * thread-safe: each shard sends concurrently.
 */
@FunctionalInterface
public interface WriteClient {

  SendOutcome send(byte[] snappyBody);
}
