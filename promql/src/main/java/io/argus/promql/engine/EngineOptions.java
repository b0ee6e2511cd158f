package io.argus.promql.engine;

import java.time.Duration;

/**
 * Engine configuration, mirroring Prometheus' flags.
 *
 * @param lookbackDeltaMillis how far back an instant selector looks for a sample
 *     ({@code --query.lookback-delta}, 5m)
 * @param maxSamples the most samples one query may hold in memory ({@code --query.max-samples})
 * @param timeout the longest a query may run ({@code --query.timeout})
 * @param defaultSubqueryStepMillis the step of a subquery written without one ({@code [5m:]})
 * @param enableAtModifier whether {@code @} is allowed
 * @param enableNegativeOffset whether negative offsets are allowed
 */
public record EngineOptions(
    long lookbackDeltaMillis,
    long maxSamples,
    Duration timeout,
    long defaultSubqueryStepMillis,
    boolean enableAtModifier,
    boolean enableNegativeOffset) {

  public EngineOptions {
    if (lookbackDeltaMillis <= 0) {
      throw new IllegalArgumentException(
          "lookback delta must be positive, got " + lookbackDeltaMillis + "ms");
    }
    if (maxSamples <= 0) {
      throw new IllegalArgumentException("max samples must be positive, got " + maxSamples);
    }
    if (defaultSubqueryStepMillis <= 0) {
      throw new IllegalArgumentException(
          "default subquery step must be positive, got " + defaultSubqueryStepMillis + "ms");
    }
  }

  /** Prometheus' defaults: lookback 5m, 50,000,000 samples, 2m timeout, 1m subquery step. */
  public static EngineOptions defaults() {
    return new EngineOptions(300_000, 50_000_000, Duration.ofMinutes(2), 60_000, true, true);
  }

  public EngineOptions withMaxSamples(long newMaxSamples) {
    return new EngineOptions(
        lookbackDeltaMillis,
        newMaxSamples,
        timeout,
        defaultSubqueryStepMillis,
        enableAtModifier,
        enableNegativeOffset);
  }

  public EngineOptions withTimeout(Duration newTimeout) {
    return new EngineOptions(
        lookbackDeltaMillis,
        maxSamples,
        newTimeout,
        defaultSubqueryStepMillis,
        enableAtModifier,
        enableNegativeOffset);
  }
}
