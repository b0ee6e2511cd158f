package io.argus.alertmanager.notify;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What was last sent to each integration for each group: the fingerprints of the firing and of
 * the resolved alerts and when. The deduplication stage consults it so an unchanged group is not
 * re-sent before its repeat interval; entries expire {@code retentionMillis} after they were
 * written. Persisted by {@link NotificationLogSnapshotWriter} so a restart does not re-send.
 * Thread-safe without a global lock, as every flush consults it.
 */
public final class NotificationLog {

  /** Alertmanager's default {@code --data.retention}. */
  public static final long DEFAULT_RETENTION_MILLIS = 120 * 3_600_000L;

  /** Identifies one integration of one receiver for one aggregation group. */
  public record Key(String groupKey, String receiver, String integration, int index) {}

  /**
   * A logged notification. The fingerprint arrays are sorted and owned by the entry; callers
   * must not modify them.
   */
  public record Entry(long[] firingFingerprints, long[] resolvedFingerprints, long timestampMillis,
      long expiresAtMillis) {

    /** Whether every fingerprint of {@code firing} was firing in this entry. */
    public boolean firingContainsAll(long[] firing) {
      return containsAll(firingFingerprints, firing);
    }

    /** Whether every fingerprint of {@code resolved} was resolved in this entry. */
    public boolean resolvedContainsAll(long[] resolved) {
      return containsAll(resolvedFingerprints, resolved);
    }

    private static boolean containsAll(long[] sortedSet, long[] subset) {
      for (long fingerprint : subset) {
        if (Arrays.binarySearch(sortedSet, fingerprint) < 0) {
          return false;
        }
      }
      return true;
    }
  }

  private final InstantSource clock;
  private final long retentionMillis;
  private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

  public NotificationLog(InstantSource clock, long retentionMillis) {
    this.clock = clock;
    this.retentionMillis = retentionMillis;
  }

  /** The last entry for {@code key}, or null when nothing was sent or it expired. */
  public Entry get(Key key) {
    Entry entry = entries.get(key);
    return entry == null || entry.expiresAtMillis() <= clock.millis() ? null : entry;
  }

  /** Records a successful notification of the given firing and resolved fingerprints. */
  public void log(Key key, long[] firing, long[] resolved, long timestampMillis) {
    long[] firingSorted = firing.clone();
    long[] resolvedSorted = resolved.clone();
    Arrays.sort(firingSorted);
    Arrays.sort(resolvedSorted);
    entries.put(key, new Entry(firingSorted, resolvedSorted, timestampMillis, timestampMillis + retentionMillis));
  }

  /** Drops expired entries and returns how many. */
  public int collectGarbage() {
    long now = clock.millis();
    int removed = 0;
    for (var iterator = entries.values().iterator(); iterator.hasNext(); ) {
      if (iterator.next().expiresAtMillis() <= now) {
        iterator.remove();
        removed++;
      }
    }
    return removed;
  }

  /** A copy of every entry, for snapshots. */
  public List<Map.Entry<Key, Entry>> entries() {
    return new ArrayList<>(Map.copyOf(entries).entrySet());
  }

  /** Replaces the contents (after loading a snapshot), dropping expired entries. */
  public synchronized void replaceAll(List<Map.Entry<Key, Entry>> loaded) {
    entries.clear();
    for (Map.Entry<Key, Entry> entry : loaded) {
      entries.put(entry.getKey(), entry.getValue());
    }
    collectGarbage();
  }
}
