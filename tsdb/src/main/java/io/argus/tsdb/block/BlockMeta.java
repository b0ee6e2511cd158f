package io.argus.tsdb.block;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A block's {@code meta.json}: its id, the half-open time range {@code [minTimeMillis,
 * maxTimeMillis)} it covers, counts, and its compaction history (level 1 for a block cut from the
 * head; {@code sources} lists the level-1 block ids it was made from).
 */
public record BlockMeta(
    String id,
    long minTimeMillis,
    long maxTimeMillis,
    long seriesCount,
    long chunkCount,
    long sampleCount,
    int compactionLevel,
    List<String> sources) {

  static final int FORMAT_VERSION = 1;
  private static final JsonFactory JSON = new JsonFactory();

  public BlockMeta {
    if (id == null || id.isEmpty()) {
      throw new IllegalArgumentException("a block id must not be empty");
    }
    if (maxTimeMillis < minTimeMillis) {
      throw new IllegalArgumentException(
          "block " + id + ": maxTimeMillis " + maxTimeMillis + " is before minTimeMillis " + minTimeMillis);
    }
    if (compactionLevel < 1) {
      throw new IllegalArgumentException("block " + id + ": compaction level must be at least 1, got " + compactionLevel);
    }
    sources = List.copyOf(sources);
  }

  byte[] toJson() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("ulid", id);
      json.writeNumberField("minTime", minTimeMillis);
      json.writeNumberField("maxTime", maxTimeMillis);
      json.writeObjectFieldStart("stats");
      json.writeNumberField("numSamples", sampleCount);
      json.writeNumberField("numSeries", seriesCount);
      json.writeNumberField("numChunks", chunkCount);
      json.writeEndObject();
      json.writeObjectFieldStart("compaction");
      json.writeNumberField("level", compactionLevel);
      json.writeArrayFieldStart("sources");
      for (String source : sources) {
        json.writeString(source);
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeNumberField("version", FORMAT_VERSION);
      json.writeEndObject();
    } catch (IOException e) {
      throw new IllegalStateException("writing JSON to memory cannot fail", e);
    }
    return out.toByteArray();
  }

  /**
   * Reads {@code meta.json} of a block directory.
   *
   * @throws CorruptBlockException if the file is missing fields, has another version or is not JSON
   */
  static BlockMeta read(Path file) throws IOException {
    String id = null;
    long minTime = 0;
    long maxTime = 0;
    long samples = 0;
    long series = 0;
    long chunks = 0;
    int level = 0;
    int version = -1;
    List<String> sources = new ArrayList<>();
    try (JsonParser json = JSON.createParser(Files.readAllBytes(file))) {
      String section = "";
      JsonToken token;
      int depth = 0;
      while ((token = json.nextToken()) != null) {
        switch (token) {
          case START_OBJECT -> {
            depth++;
            if (depth == 2) {
              section = json.currentName();
            }
          }
          case END_OBJECT -> {
            depth--;
            section = "";
          }
          case VALUE_STRING -> {
            if (depth == 1 && "ulid".equals(json.currentName())) {
              id = json.getText();
            } else if ("compaction".equals(section) && json.getParsingContext().inArray()) {
              sources.add(json.getText());
            }
          }
          case VALUE_NUMBER_INT -> {
            String name = json.currentName();
            long value = json.getLongValue();
            switch (section + "." + name) {
              case ".minTime" -> minTime = value;
              case ".maxTime" -> maxTime = value;
              case ".version" -> version = (int) value;
              case "stats.numSamples" -> samples = value;
              case "stats.numSeries" -> series = value;
              case "stats.numChunks" -> chunks = value;
              case "compaction.level" -> level = (int) value;
              default -> {}
            }
          }
          default -> {}
        }
      }
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new CorruptBlockException(file, e.getLocation() == null ? 0 : e.getLocation().getByteOffset(),
          "not valid JSON: " + e.getOriginalMessage());
    }
    if (version != FORMAT_VERSION) {
      throw new CorruptBlockException(file, 0, "expected \"version\": " + FORMAT_VERSION + ", found " + version);
    }
    try {
      return new BlockMeta(id, minTime, maxTime, series, chunks, samples, level, sources);
    } catch (IllegalArgumentException e) {
      throw new CorruptBlockException(file, 0, e.getMessage());
    }
  }
}
