package io.argus.tsdb.index;

import java.util.Arrays;
import java.util.List;

/**
 * Set operations on postings lists: strictly increasing {@code int} arrays of series ids. Inputs are
 * never modified; results are new exact-length arrays (or an input returned as is when unchanged).
 */
public final class Postings {

  /** The empty postings list. */
  public static final int[] EMPTY = new int[0];

  private Postings() {}

  /** The ids in both lists. Gallops through the longer list when the sizes differ a lot. */
  public static int[] intersect(int[] a, int[] b) {
    if (a.length > b.length) {
      int[] swap = a;
      a = b;
      b = swap;
    }
    if (a.length == 0) {
      return EMPTY;
    }
    int[] out = new int[a.length];
    int count = 0;
    if (b.length / a.length >= 16) {
      int from = 0;
      for (int id : a) {
        int index = gallop(b, from, id);
        if (index < b.length && b[index] == id) {
          out[count++] = id;
        }
        from = index;
        if (from >= b.length) {
          break;
        }
      }
    } else {
      int i = 0;
      int j = 0;
      while (i < a.length && j < b.length) {
        int x = a[i];
        int y = b[j];
        if (x == y) {
          out[count++] = x;
          i++;
          j++;
        } else if (x < y) {
          i++;
        } else {
          j++;
        }
      }
    }
    return count == out.length ? out : Arrays.copyOf(out, count);
  }

  /** The ids in any of the lists. */
  public static int[] union(List<int[]> lists) {
    if (lists.isEmpty()) {
      return EMPTY;
    }
    if (lists.size() == 1) {
      return lists.get(0);
    }
    if (lists.size() == 2) {
      return union(lists.get(0), lists.get(1));
    }
    long total = 0;
    for (int[] list : lists) {
      total += list.length;
    }
    int[] all = new int[Math.toIntExact(total)];
    int position = 0;
    for (int[] list : lists) {
      System.arraycopy(list, 0, all, position, list.length);
      position += list.length;
    }
    Arrays.sort(all);
    return dedupeSorted(all);
  }

  /** The ids in either list. */
  public static int[] union(int[] a, int[] b) {
    if (a.length == 0) {
      return b;
    }
    if (b.length == 0) {
      return a;
    }
    int[] out = new int[a.length + b.length];
    int i = 0;
    int j = 0;
    int count = 0;
    while (i < a.length && j < b.length) {
      int x = a[i];
      int y = b[j];
      if (x == y) {
        out[count++] = x;
        i++;
        j++;
      } else if (x < y) {
        out[count++] = x;
        i++;
      } else {
        out[count++] = y;
        j++;
      }
    }
    while (i < a.length) {
      out[count++] = a[i++];
    }
    while (j < b.length) {
      out[count++] = b[j++];
    }
    return count == out.length ? out : Arrays.copyOf(out, count);
  }

  /** The ids in {@code a} that are not in {@code b}. */
  public static int[] subtract(int[] a, int[] b) {
    if (a.length == 0 || b.length == 0) {
      return a;
    }
    int[] out = new int[a.length];
    int count = 0;
    int j = 0;
    for (int x : a) {
      while (j < b.length && b[j] < x) {
        j++;
      }
      if (j < b.length && b[j] == x) {
        continue;
      }
      out[count++] = x;
    }
    return count == out.length ? out : Arrays.copyOf(out, count);
  }

  /** Whether the array is strictly increasing, i.e. a valid postings list. */
  public static boolean isValid(int[] list) {
    for (int i = 1; i < list.length; i++) {
      if (list[i - 1] >= list[i]) {
        return false;
      }
    }
    return true;
  }

  /** The first index at or after {@code from} whose value is {@code >= target}. */
  private static int gallop(int[] list, int from, int target) {
    int step = 1;
    int low = from;
    int high = from;
    while (high < list.length && list[high] < target) {
      low = high + 1;
      high += step;
      step <<= 1;
    }
    high = Math.min(high, list.length - 1);
    // Binary search in [low, high].
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (list[mid] < target) {
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return low;
  }

  private static int[] dedupeSorted(int[] sorted) {
    if (sorted.length == 0) {
      return sorted;
    }
    int count = 1;
    for (int i = 1; i < sorted.length; i++) {
      if (sorted[i] != sorted[count - 1]) {
        sorted[count++] = sorted[i];
      }
    }
    return count == sorted.length ? sorted : Arrays.copyOf(sorted, count);
  }
}
