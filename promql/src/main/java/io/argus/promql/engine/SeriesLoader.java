package io.argus.promql.engine;

import io.argus.core.label.Matcher;
import io.argus.core.storage.Querier;
import io.argus.core.storage.SampleIterator;
import io.argus.core.storage.SelectHints;
import io.argus.core.storage.Series;
import io.argus.core.storage.SeriesSet;
import io.argus.core.storage.StorageException;
import io.argus.promql.ast.VectorSelector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads every selector's series once, over the range {@link SelectorPlanner} computed, into
 * primitive arrays. The sample limit is enforced during evaluation, on what a step holds.
 */
final class SeriesLoader {

  private SeriesLoader() {}

  static Map<VectorSelector, List<SeriesData>> load(
      Querier querier,
      Map<VectorSelector, long[]> ranges,
      long stepMillis,
      List<String> warnings) {
    Map<VectorSelector, List<SeriesData>> loaded = new IdentityHashMap<>();
    SampleIterator reuse = null;
    long[] timestampBuffer = new long[64];
    double[] valueBuffer = new double[64];
    for (Map.Entry<VectorSelector, long[]> entry : ranges.entrySet()) {
      long minTime = entry.getValue()[0];
      long maxTime = entry.getValue()[1];
      VectorSelector selector = entry.getKey();
      SelectHints hints = new SelectHints(minTime, maxTime, stepMillis, null, 0, List.of(), false);
      SeriesSet set =
          querier.select(true, hints, selector.matchers().toArray(new Matcher[0]));
      List<SeriesData> seriesList = new ArrayList<>();
      while (set.next()) {
        Series series = set.at();
        SampleIterator iterator = series.iterator(reuse);
        reuse = iterator;
        int count = 0;
        // Left-open windows: a sample exactly at minTime is never visible, so seek past it.
        if (iterator.seek(minTime + 1)) {
          do {
            long time = iterator.timestampMillis();
            if (time > maxTime) {
              break;
            }
            if (count == timestampBuffer.length) {
              timestampBuffer = Arrays.copyOf(timestampBuffer, count * 2);
              valueBuffer = Arrays.copyOf(valueBuffer, count * 2);
            }
            timestampBuffer[count] = time;
            valueBuffer[count] = iterator.value();
            count++;
          } while (iterator.next());
        }
        StorageException iteratorError = iterator.error();
        if (iteratorError != null) {
          throw QueryException.execution(iteratorError.getMessage());
        }
        if (count == 0) {
          continue;
        }
        seriesList.add(
            new SeriesData(
                series.labels(),
                Arrays.copyOf(timestampBuffer, count),
                Arrays.copyOf(valueBuffer, count)));
      }
      if (set.error() != null) {
        throw QueryException.execution(set.error().getMessage());
      }
      warnings.addAll(set.warnings());
      loaded.put(selector, seriesList);
    }
    return loaded;
  }
}
