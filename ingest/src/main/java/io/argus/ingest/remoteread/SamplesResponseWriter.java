package io.argus.ingest.remoteread;

import io.argus.core.label.Labels;
import io.argus.core.label.LabelsBuilder;
import io.argus.core.storage.SampleIterator;
import io.argus.core.storage.Series;
import io.argus.core.storage.SeriesSet;
import io.argus.ingest.protobuf.ProtoWriter;

/**
 * Writes the {@code QueryResult}s of a SAMPLES response straight from series iterators into one
 * protobuf buffer, without an object per sample:
 *
 * <pre>
 * ReadResponse { repeated QueryResult results = 1; }
 * QueryResult  { repeated TimeSeries timeseries = 1; }
 * TimeSeries   { repeated Label labels = 1; repeated Sample samples = 2; }
 * </pre>
 */
final class SamplesResponseWriter {

  static final String LIMIT_PREFIX = "exceeded sample limit";

  private final ProtoWriter writer;
  private final Labels externalLabels;
  private final int sampleLimit;
  private final LabelsBuilder builder = new LabelsBuilder();

  SamplesResponseWriter(ProtoWriter writer, Labels externalLabels, int sampleLimit) {
    this.writer = writer;
    this.externalLabels = externalLabels;
    this.sampleLimit = sampleLimit;
  }

  /**
   * Appends one query's result.
   *
   * @return null on success, otherwise the problem (starting with {@link #LIMIT_PREFIX} when the
   *     query returned more samples than allowed, as Prometheus words it)
   */
  String writeQueryResult(SeriesSet set) {
    int result = writer.beginMessage(1);
    long samples = 0;
    SampleIterator iterator = null;
    while (set.next()) {
      Series series = set.at();
      int token = writer.beginMessage(1);
      writeLabels(withExternalLabels(series.labels()));
      iterator = series.iterator(iterator);
      while (iterator.next()) {
        if (sampleLimit > 0 && ++samples > sampleLimit) {
          return LIMIT_PREFIX + " (" + sampleLimit + ")";
        }
        int sample = writer.beginMessage(2);
        writer.writeDoubleField(1, iterator.value());
        writer.writeVarintField(2, iterator.timestampMillis());
        writer.endMessage(sample);
      }
      if (iterator.error() != null) {
        return "reading series " + series.labels() + " failed: " + iterator.error().getMessage();
      }
      writer.endMessage(token);
    }
    if (set.error() != null) {
      return "selecting series failed: " + set.error().getMessage();
    }
    writer.endMessage(result);
    return null;
  }

  private Labels withExternalLabels(Labels labels) {
    if (externalLabels.isEmpty()) {
      return labels;
    }
    builder.reset(labels);
    for (int i = 0; i < externalLabels.size(); i++) {
      if (!labels.has(externalLabels.name(i))) {
        builder.set(externalLabels.name(i), externalLabels.value(i));
      }
    }
    return builder.build();
  }

  private void writeLabels(Labels labels) {
    for (int i = 0; i < labels.size(); i++) {
      int label = writer.beginMessage(1);
      writer.writeStringField(1, labels.name(i));
      writer.writeStringField(2, labels.value(i));
      writer.endMessage(label);
    }
  }
}
