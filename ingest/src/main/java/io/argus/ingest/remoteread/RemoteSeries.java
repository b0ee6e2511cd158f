package io.argus.ingest.remoteread;

import io.argus.core.label.Labels;

/**
 * One series of a remote read response, as a client receives it.
 *
 * @param timestampsMillis sample times, in the order sent (increasing)
 * @param values sample values, bit-exact
 */
public record RemoteSeries(Labels labels, long[] timestampsMillis, double[] values) {}
