package io.argus.ingest.sender;

import io.argus.core.label.Labels;
import io.argus.core.storage.Appendable;
import io.argus.core.storage.Appender;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * An {@link Appendable} in front of the storage that also hands every committed sample to the
 * remote write queues. Samples reach the queues only after the storage's commit succeeded, so
 * nothing rolled back or refused is ever sent. The queues are looked up at each commit, so a
 * configuration reload can swap them. Appenders must pass labels with every append (as the scrape
 * loop and the receivers do); an append without labels is stored but not forwarded.
 */
public final class RemoteWriteTee implements Appendable {

  private final Appendable storage;
  private final Supplier<List<QueueManager>> queues;

  public RemoteWriteTee(Appendable storage, Supplier<List<QueueManager>> queues) {
    this.storage = storage;
    this.queues = queues;
  }

  @Override
  public Appender appender() {
    return new TeeAppender(storage.appender());
  }

  private final class TeeAppender implements Appender {
    private final Appender inner;
    private Labels[] labels = new Labels[64];
    private long[] timestamps = new long[64];
    private double[] values = new double[64];
    private int count;

    TeeAppender(Appender inner) {
      this.inner = inner;
    }

    @Override
    public long append(long seriesRef, Labels seriesLabels, long timestampMillis, double value) {
      long ref = inner.append(seriesRef, seriesLabels, timestampMillis, value);
      if (seriesLabels != null) {
        if (count == labels.length) {
          labels = Arrays.copyOf(labels, count * 2);
          timestamps = Arrays.copyOf(timestamps, count * 2);
          values = Arrays.copyOf(values, count * 2);
        }
        labels[count] = seriesLabels;
        timestamps[count] = timestampMillis;
        values[count] = value;
        count++;
      }
      return ref;
    }

    @Override
    public void commit() {
      inner.commit();
      List<QueueManager> targets = queues.get();
      for (QueueManager queue : targets) {
        for (int i = 0; i < count; i++) {
          queue.append(labels[i], timestamps[i], values[i]);
        }
      }
      count = 0;
    }

    @Override
    public void rollback() {
      count = 0;
      inner.rollback();
    }
  }
}
