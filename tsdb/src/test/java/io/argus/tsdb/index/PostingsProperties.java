package io.argus.tsdb.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PostingsProperties {

  @Property
  void intersectAgreesWithSortedSets(@ForAll("postings") int[] a, @ForAll("postings") int[] b) {
    TreeSet<Integer> expected = toSet(a);
    expected.retainAll(toSet(b));
    assertThat(Postings.intersect(a, b)).containsExactly(toArray(expected));
  }

  @Property
  void unionAgreesWithSortedSets(@ForAll("lists") List<int[]> lists) {
    TreeSet<Integer> expected = new TreeSet<>();
    lists.forEach(list -> expected.addAll(toSet(list)));
    int[] union = Postings.union(lists);
    assertThat(union).containsExactly(toArray(expected));
    assertThat(Postings.isValid(union)).isTrue();
  }

  @Property
  void subtractAgreesWithSortedSets(@ForAll("postings") int[] a, @ForAll("postings") int[] b) {
    TreeSet<Integer> expected = toSet(a);
    expected.removeAll(toSet(b));
    assertThat(Postings.subtract(a, b)).containsExactly(toArray(expected));
  }

  @Property
  void memPostingsAgreesWithAModelUnderAddsAndRemovals(
      @ForAll("postings") int[] ids, @ForAll("postings") int[] removed) {
    MemPostings index = new MemPostings();
    List<Integer> shuffled = new ArrayList<>();
    for (int id : ids) {
      shuffled.add(id);
    }
    java.util.Collections.shuffle(shuffled, new java.util.Random(ids.length));
    for (int id : shuffled) {
      index.add(id, io.argus.core.label.Labels.of("parity", String.valueOf(id % 2)));
    }
    int[] removedPresent = Postings.intersect(ids, removed);
    List<io.argus.core.label.Labels> removedLabels = new ArrayList<>();
    for (int id : removedPresent) {
      removedLabels.add(io.argus.core.label.Labels.of("parity", String.valueOf(id % 2)));
    }
    index.removeAll(removedPresent, removedLabels);
    TreeSet<Integer> expected = toSet(ids);
    expected.removeAll(toSet(removed));
    assertThat(index.allPostings()).containsExactly(toArray(expected));
    TreeSet<Integer> even = new TreeSet<>();
    expected.stream().filter(id -> id % 2 == 0).forEach(even::add);
    assertThat(index.postings("parity", "0")).containsExactly(toArray(even));
    assertThat(index.values("parity").contains("0")).isEqualTo(!even.isEmpty());
  }

  @Provide
  Arbitrary<int[]> postings() {
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0, 200).set().ofMaxSize(100)),
            net.jqwik.api.Tuple.of(
                1, Arbitraries.integers().between(0, 100_000).set().ofMaxSize(2000)))
        .map(PostingsProperties::sorted);
  }

  @Provide
  Arbitrary<List<int[]>> lists() {
    return postings().list().ofMaxSize(6);
  }

  private static int[] sorted(Set<Integer> set) {
    return toArray(new TreeSet<>(set));
  }

  private static TreeSet<Integer> toSet(int[] list) {
    TreeSet<Integer> set = new TreeSet<>();
    for (int id : list) {
      set.add(id);
    }
    return set;
  }

  private static int[] toArray(TreeSet<Integer> set) {
    return set.stream().mapToInt(Integer::intValue).toArray();
  }
}
