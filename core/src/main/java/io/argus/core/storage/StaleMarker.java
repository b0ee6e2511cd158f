package io.argus.core.storage;

/**
 * The staleness marker: a NaN with a specific bit pattern that Prometheus writes when a series
 * disappears from a scrape. It must be compared by bits, since every NaN is unequal to itself, and
 * must be stored and returned bit-exact (encoders must not canonicalise NaNs).
 */
public final class StaleMarker {

  /** The bits of the staleness marker NaN, as Prometheus defines them. */
  public static final long STALE_NAN_BITS = 0x7ff0000000000002L;

  /** The staleness marker value. */
  public static final double STALE_NAN = Double.longBitsToDouble(STALE_NAN_BITS);

  private StaleMarker() {}

  /** Whether {@code value} is the staleness marker (and not some other NaN). */
  public static boolean isStale(double value) {
    return Double.doubleToRawLongBits(value) == STALE_NAN_BITS;
  }
}
