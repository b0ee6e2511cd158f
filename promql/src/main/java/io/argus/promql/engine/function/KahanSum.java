package io.argus.promql.engine.function;

/**
 * Kahan–Neumaier compensated summation, exactly as Prometheus performs it. Allocation-free: callers
 * keep the running sum and compensation in locals or fields, compute the new compensation with
 * {@link #compensation} and then add the increment to the sum; the true total is sum plus
 * compensation.
 */
public final class KahanSum {

  private KahanSum() {}

  /**
   * The new compensation after adding {@code increment} to {@code sum} (call before updating the
   * sum to {@code sum + increment}). An infinite total resets the compensation to 0.
   */
  public static double compensation(double increment, double sum, double compensation) {
    double total = sum + increment;
    if (Double.isInfinite(total)) {
      return 0;
    }
    if (Math.abs(sum) >= Math.abs(increment)) {
      return compensation + ((sum - total) + increment);
    }
    return compensation + ((increment - total) + sum);
  }
}
