package io.argus.promql.engine.function;

/** Kahan–Neumaier compensated summation, exactly as Prometheus performs it. */
public final class KahanSum {

  private KahanSum() {}

  /**
   * Adds {@code increment} to {@code sum} with running compensation {@code compensation}.
   *
   * @return the new sum and the new compensation; the true total is their sum
   */
  public static double[] increment(double increment, double sum, double compensation) {
    double total = sum + increment;
    if (Double.isInfinite(total)) {
      compensation = 0;
    } else if (Math.abs(sum) >= Math.abs(increment)) {
      compensation += (sum - total) + increment;
    } else {
      compensation += (increment - total) + sum;
    }
    return new double[] {total, compensation};
  }
}
