package io.argus.ingest.remotewrite;

import io.argus.core.label.Labels;
import io.argus.core.storage.Appender;
import io.argus.core.storage.InvalidSeriesException;
import io.argus.core.storage.SampleRejectedException;
import java.util.Arrays;

/**
 * The state of one request being decoded into an {@link Appender}: the labels of the series being
 * read (scratch arrays reused across series), the written and rejected counts, and the first bad
 * data error. Decoders feed it; the handler decides commit or rollback from it. Storage failures
 * that are not about the sample propagate so the handler can answer 500. One per request, one
 * thread; never escapes this package.
 */
final class MutableWriteBatch {

  private final Appender appender;
  private final RemoteWriteReceiverConfig config;
  private String[] names = new String[16];
  private String[] values = new String[16];
  private int labelCount;
  private int seriesCount;
  private boolean labelsCanonical;

  private long samplesWritten;
  private long samplesRejected;
  private long histogramsRejected;
  private long exemplarsReceived;
  private String firstError;
  private int errorCount;

  MutableWriteBatch(Appender appender, RemoteWriteReceiverConfig config) {
    this.appender = appender;
    this.config = config;
  }

  /** Starts a new series; refuses the whole request past the series limit. */
  void beginSeries() {
    labelCount = 0;
    if (++seriesCount > config.maxSeriesPerRequest()) {
      throw new RejectedRequestException(400,
          "request holds more than " + config.maxSeriesPerRequest() + " series (limit maxSeriesPerRequest)");
    }
  }

  void addLabel(String name, String value) {
    if (labelCount == names.length) {
      names = Arrays.copyOf(names, labelCount * 2);
      values = Arrays.copyOf(values, labelCount * 2);
    }
    names[labelCount] = name;
    values[labelCount] = value;
    labelCount++;
  }

  /**
   * The validated, sorted labels of the current series, or null if they are invalid, in which case
   * the error is recorded and the series' {@code sampleCount} samples are counted as rejected.
   */
  Labels finishLabels(int sampleCount) {
    labelsCanonical = true;
    String problem = validateAndSort();
    if (problem != null) {
      reject("invalid labels for series " + currentLabelsForError() + ": " + problem, sampleCount);
      return null;
    }
    int kept = 0;
    for (int i = 0; i < labelCount; i++) {
      if (!values[i].isEmpty()) {
        kept++;
      }
    }
    labelsCanonical &= kept == labelCount;
    String[] flat = new String[2 * kept];
    int out = 0;
    for (int i = 0; i < labelCount; i++) {
      if (!values[i].isEmpty()) { // an empty value means the label is absent, as in Prometheus
        flat[out++] = names[i];
        flat[out++] = values[i];
      }
    }
    return Labels.ofSortedUnchecked(flat);
  }

  /**
   * Appends one sample.
   *
   * @return the series reference for the next sample of this series, or 0 if the sample was refused
   *     (recorded as bad data)
   */
  long append(long seriesRef, Labels labels, long timestampMillis, double value) {
    try {
      long ref = appender.append(seriesRef, labels, timestampMillis, value);
      samplesWritten++;
      return ref;
    } catch (SampleRejectedException e) {
      reject(e.getMessage(), 1);
      return 0;
    } catch (InvalidSeriesException e) {
      reject(e.getMessage(), 1);
      return 0;
    }
  }

  /** Counts native histogram samples, which the storage interface cannot take yet, as bad data. */
  void rejectHistograms(Labels labels, int count) {
    histogramsRejected += count;
    record("native histograms are not supported by this receiver yet, " + count
        + " histogram samples refused for series " + labels);
  }

  void countExemplars(int count) {
    exemplarsReceived += count;
  }

  /** Records a bad series found by a decoder, with the samples it carried. */
  void reject(String problem, long sampleCount) {
    samplesRejected += sampleCount;
    record(problem);
  }

  private void record(String problem) {
    if (firstError == null) {
      firstError = problem;
    }
    errorCount++;
  }

  /**
   * Whether the labels last returned by {@link #finishLabels} are exactly the pairs as sent, in the
   * order sent (already sorted, no empty values), so the raw bytes identify them.
   */
  boolean labelsCanonical() {
    return labelsCanonical;
  }

  long samplesWritten() {
    return samplesWritten;
  }

  long samplesRejected() {
    return samplesRejected;
  }

  long histogramsRejected() {
    return histogramsRejected;
  }

  long exemplarsReceived() {
    return exemplarsReceived;
  }

  /** Null when all data was good. */
  String firstError() {
    return firstError;
  }

  int errorCount() {
    return errorCount;
  }

  private String validateAndSort() {
    if (labelCount > config.maxLabelsPerSeries()) {
      return labelCount + " labels, more than the limit of " + config.maxLabelsPerSeries() + " (maxLabelsPerSeries)";
    }
    for (int i = 0; i < labelCount; i++) {
      if (names[i].isEmpty()) {
        return "empty label name";
      }
      if (names[i].length() > config.maxLabelNameLength()) {
        return "label name \"" + names[i].substring(0, Math.min(64, names[i].length())) + "…\" is " + names[i].length()
            + " characters long, more than the limit of " + config.maxLabelNameLength() + " (maxLabelNameLength)";
      }
      if (values[i].length() > config.maxLabelValueLength()) {
        return "value of label " + names[i] + " is " + values[i].length()
            + " characters long, more than the limit of " + config.maxLabelValueLength() + " (maxLabelValueLength)";
      }
    }
    sortByName();
    for (int i = 1; i < labelCount; i++) {
      if (names[i].equals(names[i - 1])) {
        return "duplicate label name \"" + names[i] + "\"";
      }
    }
    for (int i = 0; i < labelCount; i++) {
      if (names[i].equals(Labels.METRIC_NAME)) {
        return values[i].isEmpty() ? "empty metric name" : null;
      }
    }
    return "missing metric name (label " + Labels.METRIC_NAME + ")";
  }

  /** Insertion sort: senders almost always send sorted labels, which costs one comparison each. */
  private void sortByName() {
    for (int i = 1; i < labelCount; i++) {
      String name = names[i];
      String value = values[i];
      int j = i - 1;
      while (j >= 0 && names[j].compareTo(name) > 0) {
        labelsCanonical = false;
        names[j + 1] = names[j];
        values[j + 1] = values[j];
        j--;
      }
      names[j + 1] = name;
      values[j + 1] = value;
    }
  }

  private String currentLabelsForError() {
    StringBuilder out = new StringBuilder("{");
    for (int i = 0; i < labelCount; i++) {
      if (i > 0) {
        out.append(", ");
      }
      String value = values[i].length() > 256 ? values[i].substring(0, 256) + "…" : values[i];
      out.append(names[i].length() > 256 ? names[i].substring(0, 256) + "…" : names[i]).append("=\"").append(value).append('"');
    }
    return out.append('}').toString();
  }
}
