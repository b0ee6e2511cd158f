package io.argus.tsdb.head;

import io.argus.core.label.Labels;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Interns label names and values so each distinct string is held once however many series carry
 * it. Rebuilt from the live series when the head is truncated, so strings of removed series go.
 */
final class SymbolTable {

  private volatile ConcurrentHashMap<String, String> symbols = new ConcurrentHashMap<>();

  /** Labels equal to {@code labels} whose strings are the interned instances. */
  Labels intern(Labels labels) {
    ConcurrentHashMap<String, String> table = symbols;
    String[] namesAndValues = new String[labels.size() * 2];
    for (int i = 0; i < labels.size(); i++) {
      namesAndValues[2 * i] = intern(table, labels.name(i));
      namesAndValues[2 * i + 1] = intern(table, labels.value(i));
    }
    return Labels.ofSortedUnchecked(namesAndValues);
  }

  private static String intern(ConcurrentHashMap<String, String> table, String symbol) {
    String existing = table.putIfAbsent(symbol, symbol);
    return existing != null ? existing : symbol;
  }

  /** Replaces the table by one holding only the strings of {@code live}. */
  void rebuild(Iterable<Labels> live) {
    ConcurrentHashMap<String, String> fresh = new ConcurrentHashMap<>();
    for (Labels labels : live) {
      for (int i = 0; i < labels.size(); i++) {
        fresh.putIfAbsent(labels.name(i), labels.name(i));
        fresh.putIfAbsent(labels.value(i), labels.value(i));
      }
    }
    symbols = fresh;
  }

  int size() {
    return symbols.size();
  }

  /** Bytes of the distinct strings (Latin-1 compact strings counted at a byte a char). */
  long stringBytes() {
    long total = 0;
    for (String symbol : symbols.keySet()) {
      total += 40 + symbol.length();
    }
    return total;
  }
}
