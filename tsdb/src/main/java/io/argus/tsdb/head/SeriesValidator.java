package io.argus.tsdb.head;

import io.argus.core.label.Labels;
import io.argus.core.storage.InvalidSeriesException;

/**
 * Checks that labels are a valid series identity before the head creates a series for them. Argus
 * follows Prometheus 3: any valid Unicode (so UTF-8 encodable) name is accepted, metric names
 * included; what is refused is what no format can carry unambiguously.
 */
final class SeriesValidator {

  private SeriesValidator() {}

  /** @throws InvalidSeriesException naming the first problem found */
  static void validate(Labels labels) {
    if (labels == null || labels.isEmpty()) {
      throw new InvalidSeriesException("empty label set", labels == null ? Labels.empty() : labels);
    }
    String previous = null;
    for (int i = 0; i < labels.size(); i++) {
      String name = labels.name(i);
      String value = labels.value(i);
      if (name == null || name.isEmpty()) {
        throw new InvalidSeriesException("empty label name", labels);
      }
      if (previous != null) {
        int order = previous.compareTo(name);
        if (order == 0) {
          throw new InvalidSeriesException("label name \"" + name + "\" is not unique", labels);
        }
        if (order > 0) {
          throw new InvalidSeriesException("labels are not sorted by name at \"" + name + "\"", labels);
        }
      }
      if (value == null || value.isEmpty()) {
        throw new InvalidSeriesException("label \"" + name + "\" has an empty value", labels);
      }
      if (!isValidUnicode(name)) {
        throw new InvalidSeriesException("label name at index " + i + " is not valid UTF-8", labels);
      }
      if (!isValidUnicode(value)) {
        throw new InvalidSeriesException("value of label \"" + name + "\" is not valid UTF-8", labels);
      }
      previous = name;
    }
  }

  /** Whether the string has no unpaired surrogate, i.e. encodes to UTF-8 without replacement. */
  static boolean isValidUnicode(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return false;
        }
      }
    }
    return true;
  }
}
