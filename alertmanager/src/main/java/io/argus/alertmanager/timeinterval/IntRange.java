package io.argus.alertmanager.timeinterval;

/** An inclusive range of integers: weekdays (0 = Sunday), days of month, months (1-12) or years. */
public record IntRange(int begin, int end) {

  public boolean contains(int value) {
    return value >= begin && value <= end;
  }
}
