package io.argus.scrape.loop;

import io.argus.core.label.Labels;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * A target's series cache, as Prometheus' scrape cache: raw series bytes (name and label block
 * exactly as exposed) map to the final labels after relabeling and the storage's series
 * reference, so a steady-state scrape neither builds labels nor hashes them. Lookups hash the bytes
 * in place and allocate nothing. Since a target exposes its series in the same order scrape after
 * scrape, each entry also links to the one that followed it, and the ingester tries that link
 * before hashing: in steady state a lookup is one comparison of bytes, walking entries in the
 * order they were allocated, which the memory prefetcher likes. Entries also carry the scrape
 * iterations that drive staleness.
 * Owned by one scrape loop; not thread-safe.
 */
final class SeriesCache {

  static final int NEVER = Integer.MIN_VALUE;

  /** One series as a scrape sees it. */
  static final class Entry {
    final byte[] key;
    final int hash;
    Entry next;
    /** The final labels, or null if metric relabeling dropped the series. */
    final Labels labels;
    long ref;
    /** The last successful scrape that had this series. */
    int lastSeenIteration = NEVER;
    /** The scrape in progress, when it has seen this series already (duplicates). */
    int seenInIteration = NEVER;
    int lineInIteration;
    boolean explicitTimestamp;
    /** The series that followed this one in the last scrape: targets expose series in a stable order. */
    Entry successor;
    /** Set when evicted, so that a stale successor link is never followed into it. */
    boolean removed;

    Entry(byte[] key, int hash, Labels labels) {
      this.key = key;
      this.hash = hash;
      this.labels = labels;
    }

    boolean matches(byte[] buffer, int from, int to) {
      return !removed && Arrays.equals(key, 0, key.length, buffer, from, to);
    }
  }

  private Entry[] table = new Entry[64];
  private int size;

  int size() {
    return size;
  }

  Entry find(byte[] buffer, int from, int to) {
    int hash = hash(buffer, from, to);
    for (Entry entry = table[hash & (table.length - 1)]; entry != null; entry = entry.next) {
      if (entry.hash == hash && Arrays.equals(entry.key, 0, entry.key.length, buffer, from, to)) {
        return entry;
      }
    }
    return null;
  }

  /** Adds an entry for bytes known to be absent; {@code labels} null marks a dropped series. */
  Entry add(byte[] buffer, int from, int to, Labels labels) {
    if (size >= table.length * 3 / 4) {
      resize();
    }
    Entry entry = new Entry(Arrays.copyOfRange(buffer, from, to), hash(buffer, from, to), labels);
    int slot = entry.hash & (table.length - 1);
    entry.next = table[slot];
    table[slot] = entry;
    size++;
    return entry;
  }

  void forEach(Consumer<Entry> action) {
    for (Entry head : table) {
      for (Entry entry = head; entry != null; entry = entry.next) {
        action.accept(entry);
      }
    }
  }

  /** Removes entries whose last successful sighting is older than {@code oldestKeptIteration}. */
  void removeSeenBefore(int oldestKeptIteration) {
    for (int slot = 0; slot < table.length; slot++) {
      Entry previous = null;
      for (Entry entry = table[slot]; entry != null; entry = entry.next) {
        if (entry.lastSeenIteration < oldestKeptIteration) {
          entry.removed = true;
          entry.successor = null;
          if (previous == null) {
            table[slot] = entry.next;
          } else {
            previous.next = entry.next;
          }
          size--;
        } else {
          previous = entry;
        }
      }
    }
  }

  private void resize() {
    Entry[] old = table;
    table = new Entry[old.length * 2];
    for (Entry head : old) {
      Entry entry = head;
      while (entry != null) {
        Entry next = entry.next;
        int slot = entry.hash & (table.length - 1);
        entry.next = table[slot];
        table[slot] = entry;
        entry = next;
      }
    }
  }

  /** FNV-1a over the bytes, then mixed so that the low bits used for the slot are well spread. */
  static int hash(byte[] buffer, int from, int to) {
    int h = 0x811c9dc5;
    for (int i = from; i < to; i++) {
      h ^= buffer[i];
      h *= 0x01000193;
    }
    return h ^ (h >>> 16);
  }
}
