package io.argus.tsdb.head;

import io.argus.core.label.Labels;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * The head's series, found by labels (through their 64-bit hash) or by id. Lookup by labels goes to
 * one of 64 lock stripes, each an open-addressing table from hash to a chain of the series that
 * share it, so two label sets with the same hash are both kept and told apart by equality. Lookup by
 * id reads a dense array without locking: that is the cheap path appenders take with a series ref.
 */
final class SeriesMap {

  private static final int STRIPE_BITS = 6;
  private static final VarHandle ELEMENT = MethodHandles.arrayElementVarHandle(MemSeries[].class);

  private final Stripe[] stripes = new Stripe[1 << STRIPE_BITS];
  private final Object byIdLock = new Object();
  private volatile MemSeries[] byId = new MemSeries[1024];

  SeriesMap() {
    for (int i = 0; i < stripes.length; i++) {
      stripes[i] = new Stripe();
    }
  }

  /** The series with these labels, or null. */
  MemSeries get(Labels labels) {
    return get(labels.hash(), labels);
  }

  /** Lookup with an explicit hash; tests use it to force collisions. */
  MemSeries get(long hash, Labels labels) {
    return stripe(hash).get(hash, labels);
  }

  /**
   * The series with these labels, created with {@code factory} (given nothing; it picks the id) if
   * absent. Creation happens under the stripe lock, so a series is created once.
   */
  MemSeries getOrCreate(Labels labels, IntFunction<MemSeries> factory, boolean[] created) {
    long hash = labels.hash();
    Stripe stripe = stripe(hash);
    synchronized (stripe) {
      MemSeries existing = stripe.get(hash, labels);
      if (existing != null) {
        return existing;
      }
      MemSeries series = factory.apply(0);
      stripe.put(hash, series);
      setById(series);
      created[0] = true;
      return series;
    }
  }

  /** Adds a series whose labels are known to be absent (replay); replaces nothing. */
  void put(MemSeries series) {
    put(series.labels.hash(), series);
  }

  /** Adds with an explicit hash; tests use it to force collisions. */
  void put(long hash, MemSeries series) {
    Stripe stripe = stripe(hash);
    synchronized (stripe) {
      stripe.put(hash, series);
      setById(series);
    }
  }

  /** The series with this id, or null if there is none (never was, or removed). */
  MemSeries byId(long id) {
    MemSeries[] array = byId;
    if (id <= 0 || id >= array.length) {
      return null;
    }
    return (MemSeries) ELEMENT.getAcquire(array, (int) id);
  }

  void remove(MemSeries series) {
    remove(series.labels.hash(), series);
  }

  void remove(long hash, MemSeries series) {
    Stripe stripe = stripe(hash);
    synchronized (stripe) {
      stripe.remove(hash, series);
    }
    synchronized (byIdLock) {
      ELEMENT.setRelease(byId, series.id, (MemSeries) null);
    }
  }

  /** Calls {@code action} with every series, in id order, without locking the map. */
  void forEach(Consumer<MemSeries> action) {
    MemSeries[] array = byId;
    for (int i = 1; i < array.length; i++) {
      MemSeries series = (MemSeries) ELEMENT.getAcquire(array, i);
      if (series != null) {
        action.accept(series);
      }
    }
  }

  /** Bytes the map's own tables take. */
  long sizeBytes() {
    long total = 16 + 4L * byId.length;
    for (Stripe stripe : stripes) {
      synchronized (stripe) {
        total += 32 + 12L * stripe.hashes.length;
      }
    }
    return total;
  }

  private void setById(MemSeries series) {
    synchronized (byIdLock) {
      MemSeries[] array = byId;
      if (series.id >= array.length) {
        array = Arrays.copyOf(array, Math.max(series.id + 1, array.length + (array.length >>> 1)));
        ELEMENT.setRelease(array, series.id, series);
        byId = array;
      } else {
        ELEMENT.setRelease(array, series.id, series);
      }
    }
  }

  private Stripe stripe(long hash) {
    return stripes[(int) (hash >>> (64 - STRIPE_BITS))];
  }

  /** Open addressing with linear probing; all methods run under the stripe's monitor. */
  private static final class Stripe {
    long[] hashes = new long[16];
    MemSeries[] chains = new MemSeries[16];
    int used;

    private int home(long hash) {
      return (int) ((hash * 0x9E3779B97F4A7C15L) >>> 32) & (hashes.length - 1);
    }

    synchronized MemSeries get(long hash, Labels labels) {
      int mask = hashes.length - 1;
      for (int i = home(hash); chains[i] != null; i = (i + 1) & mask) {
        if (hashes[i] == hash) {
          for (MemSeries s = chains[i]; s != null; s = s.nextWithSameHash) {
            if (s.labels.equals(labels)) {
              return s;
            }
          }
          return null;
        }
      }
      return null;
    }

    void put(long hash, MemSeries series) {
      int mask = hashes.length - 1;
      int i = home(hash);
      for (; chains[i] != null; i = (i + 1) & mask) {
        if (hashes[i] == hash) {
          // A hash collision between different labels: chain the new series behind the others.
          series.nextWithSameHash = chains[i];
          chains[i] = series;
          return;
        }
      }
      hashes[i] = hash;
      chains[i] = series;
      series.nextWithSameHash = null;
      if (++used * 4 > hashes.length * 3) {
        resize();
      }
    }

    void remove(long hash, MemSeries series) {
      int mask = hashes.length - 1;
      for (int i = home(hash); chains[i] != null; i = (i + 1) & mask) {
        if (hashes[i] != hash) {
          continue;
        }
        if (chains[i] == series) {
          if (series.nextWithSameHash != null) {
            chains[i] = series.nextWithSameHash;
          } else {
            deleteSlot(i);
          }
        } else {
          for (MemSeries s = chains[i]; s.nextWithSameHash != null; s = s.nextWithSameHash) {
            if (s.nextWithSameHash == series) {
              s.nextWithSameHash = series.nextWithSameHash;
              break;
            }
          }
        }
        series.nextWithSameHash = null;
        return;
      }
    }

    /** Backward-shift deletion keeps every probe chain unbroken without tombstones. */
    private void deleteSlot(int slot) {
      int mask = hashes.length - 1;
      int hole = slot;
      for (int j = (hole + 1) & mask; chains[j] != null; j = (j + 1) & mask) {
        int home = home(hashes[j]);
        boolean stays = hole <= j ? (hole < home && home <= j) : (hole < home || home <= j);
        if (!stays) {
          hashes[hole] = hashes[j];
          chains[hole] = chains[j];
          hole = j;
        }
      }
      hashes[hole] = 0;
      chains[hole] = null;
      used--;
    }

    private void resize() {
      long[] oldHashes = hashes;
      MemSeries[] oldChains = chains;
      hashes = new long[oldHashes.length * 2];
      chains = new MemSeries[oldHashes.length * 2];
      int mask = hashes.length - 1;
      for (int i = 0; i < oldHashes.length; i++) {
        if (oldChains[i] != null) {
          int j = home(oldHashes[i]);
          while (chains[j] != null) {
            j = (j + 1) & mask;
          }
          hashes[j] = oldHashes[i];
          chains[j] = oldChains[i];
        }
      }
    }
  }
}
