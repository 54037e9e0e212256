package io.dbkeep.adapter.out.sqlimport;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.domain.format.ImportError;
import io.dbkeep.domain.format.ImportedSchema;
import io.dbkeep.domain.format.SourceFormat;
import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test shortcuts: read a text that must import, or must be refused. */
final class Reading {

  private Reading() {}

  static ImportedSchema read(SourceFormat format, String text) {
    var result = SqlSchemaReaders.of(format).read(text);
    assertThat(result.isRight()).as("import of %s: %s", format, result).isTrue();
    return result.get();
  }

  static ImportError refused(SourceFormat format, String text) {
    var result = SqlSchemaReaders.of(format).read(text);
    assertThat(result.isLeft()).as("refusal of %s", format).isTrue();
    return result.getLeft();
  }

  static String resource(String name) {
    try (var in = Reading.class.getResourceAsStream("/dumps/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Table table(SchemaDocument document, String name) {
    return document.tables().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }

  static Column column(Table table, String name) {
    return table.columns().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }
}
