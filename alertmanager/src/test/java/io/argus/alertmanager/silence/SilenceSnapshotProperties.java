package io.argus.alertmanager.silence;

import static org.assertj.core.api.Assertions.assertThat;

import io.argus.core.label.MatchType;
import io.argus.core.label.Matcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SilenceSnapshotProperties {

  @Property(tries = 200)
  void anySilencesRoundTrip(@ForAll("silences") List<Silence> silences) throws IOException {
    Path directory = Files.createTempDirectory("silences");
    Path file = directory.resolve("silences");
    try {
      SilenceSnapshotWriter.write(file, silences);
      assertThat(SilenceSnapshotReader.read(file)).isEqualTo(silences);
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(directory);
    }
  }

  @Provide
  Arbitrary<List<Silence>> silences() {
    Arbitrary<String> text = Arbitraries.strings().ofMaxLength(20);
    Arbitrary<String> name = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
    Arbitrary<Matcher> matcher = Combinators.combine(
            Arbitraries.of(MatchType.EQUAL, MatchType.NOT_EQUAL), name, text)
        .as(Matcher::of);
    Arbitrary<Matcher> regexMatcher = Combinators.combine(
            Arbitraries.of(MatchType.REGEX, MatchType.NOT_REGEX), name,
            Arbitraries.strings().alpha().numeric().ofMaxLength(10))
        .as(Matcher::of);
    Arbitrary<List<Matcher>> matchers = Arbitraries.oneOf(matcher, regexMatcher).list().ofMaxSize(4);
    Arbitrary<Long> time = Arbitraries.longs();
    Arbitrary<Silence> silence = Combinators.combine(text, matchers, time, time, time, text, text)
        .as(Silence::new);
    return silence.list().ofMaxSize(5).map(ArrayList::new);
  }
}
