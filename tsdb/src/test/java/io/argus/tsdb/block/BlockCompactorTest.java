package io.argus.tsdb.block;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BlockCompactorTest {

  private static final long HOUR = 3_600_000L;

  @Test
  void rangesGrowByThreeUpToATenthOfTheRetentionOrThirtyOneDays() {
    assertThat(BlockCompactor.ranges(2 * HOUR, 15L * 24 * HOUR)).containsExactly(2 * HOUR, 6 * HOUR, 18 * HOUR);
    assertThat(BlockCompactor.ranges(2 * HOUR, 0))
        .containsExactly(2 * HOUR, 6 * HOUR, 18 * HOUR, 54 * HOUR, 162 * HOUR, 486 * HOUR);
    assertThat(BlockCompactor.ranges(2 * HOUR, 10 * HOUR)).containsExactly(2 * HOUR);
  }
}
