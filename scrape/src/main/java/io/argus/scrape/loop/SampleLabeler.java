package io.argus.scrape.loop;

import io.argus.core.label.Labels;
import io.argus.core.label.LabelsBuilder;
import io.argus.scrape.relabel.Relabeler;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a scraped series' labels into stored labels as Prometheus' {@code mutateSampleLabels}:
 * target labels are attached (with {@code honor_labels} the exposed value wins; without it the
 * target's wins and the exposed one is kept as {@code exported_<name>}, prefixed again as long as
 * that name is taken), then metric relabeling runs. Only called on series-cache misses.
 */
final class SampleLabeler {

  private static final String EXPORTED_PREFIX = "exported_";

  private final Labels targetLabels;
  private final boolean honorLabels;
  private final Relabeler metricRelabeler;

  SampleLabeler(Labels targetLabels, boolean honorLabels, Relabeler metricRelabeler) {
    this.targetLabels = targetLabels;
    this.honorLabels = honorLabels;
    this.metricRelabeler = metricRelabeler;
  }

  /** The stored labels, or null if metric relabeling dropped the series. {@code builder} is consumed. */
  Labels apply(Labels scraped, LabelsBuilder builder) {
    builder.reset(scraped);
    if (honorLabels) {
      for (int i = 0; i < targetLabels.size(); i++) {
        if (!scraped.has(targetLabels.name(i))) {
          builder.set(targetLabels.name(i), targetLabels.value(i));
        }
      }
    } else {
      List<String[]> conflicts = null;
      for (int i = 0; i < targetLabels.size(); i++) {
        String name = targetLabels.name(i);
        String exposed = scraped.get(name);
        if (!exposed.isEmpty()) {
          if (conflicts == null) {
            conflicts = new ArrayList<>();
          }
          conflicts.add(new String[] {name, exposed});
        }
        builder.set(name, targetLabels.value(i));
      }
      if (conflicts != null) {
        resolveConflicts(builder, conflicts);
      }
    }
    return metricRelabeler.process(builder) ? builder.build() : null;
  }

  private static void resolveConflicts(LabelsBuilder builder, List<String[]> conflicts) {
    conflicts.sort(Comparator.comparingInt(conflict -> conflict[0].length()));
    int i = 0;
    while (i < conflicts.size()) {
      String[] conflict = conflicts.get(i);
      String newName = EXPORTED_PREFIX + conflict[0];
      if (builder.get(newName) == null) {
        builder.set(newName, conflict[1]);
        conflicts.remove(i);
      } else {
        conflict[0] = newName;
      }
    }
  }
}
