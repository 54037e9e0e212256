package io.dbkeep.application.service.project;

import io.dbkeep.application.port.out.format.SchemaTextWriter;
import io.dbkeep.domain.format.ExportedSchema;
import io.dbkeep.domain.format.TargetFormat;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.SchemaDocument;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The writers the composition root hands over, one per {@link TargetFormat}: a missing or repeated
 * format fails at start-up rather than on a request.
 */
final class FormatWriters {

  private final Map<TargetFormat, SchemaTextWriter> writers = new EnumMap<>(TargetFormat.class);

  FormatWriters(List<SchemaTextWriter> writers) {
    for (var writer : writers) {
      if (this.writers.put(writer.format(), writer) != null) {
        throw new IllegalArgumentException("two writers for " + writer.format());
      }
    }
    for (var format : TargetFormat.values()) {
      if (!this.writers.containsKey(format)) {
        throw new IllegalArgumentException("no writer for " + format);
      }
    }
  }

  /** {@code document} written by the writer of {@code format}. */
  ExportedSchema write(
      SchemaDocument document, TargetFormat format, Engine engine, String baseName) {
    return new ExportedSchema(writers.get(format).write(document, engine), format, baseName);
  }

  /** A file name from a project name: letters, digits, {@code -_.}; {@code schema} if none. */
  static String baseName(String name) {
    var cleaned =
        name.strip().replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^[.-]+|[.-]+$", "");
    if (cleaned.length() > 80) {
      cleaned = cleaned.substring(0, 80);
    }
    return cleaned.isEmpty() ? "schema" : cleaned;
  }
}
