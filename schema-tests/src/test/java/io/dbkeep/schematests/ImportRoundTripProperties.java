package io.dbkeep.schematests;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.adapter.out.sqlimport.SqlSchemaReaders;
import io.dbkeep.domain.format.SourceFormat;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.RelationType;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.Table;
import io.dbkeep.domain.schema.sql.DdlExporter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * import(export(D, E)) is D up to ids, positions, colours and what E's DDL cannot tell apart: the
 * same tables with the same columns (names, order, nullability, keys), the same relations by
 * cardinality (N:M read back from DBKeep's junction tables), and — the strict half — exporting the
 * imported document gives byte for byte the DDL it was read from, so every type, length, precision,
 * default, comment, index and action the DDL carries survived. Random valid documents (reserved
 * words, unicode, quotes in names and comments, composite keys, cycles, 1:1/1:N/N:M, enums,
 * indexes, defaults) on all three engines.
 */
class ImportRoundTripProperties {

  @Property(tries = 150)
  void importingTheExportGivesTheDocumentBackOnEveryEngine(@ForAll long seed) {
    var document = RandomDocuments.generate(seed);
    for (var engine : Engine.values()) {
      var sql = DdlExporter.export(document, engine).get().sql();
      var read = SqlSchemaReaders.of(format(engine)).read(sql);
      assertThat(read.isRight()).as("seed %s on %s: %s\n%s", seed, engine, read, sql).isTrue();
      var imported = read.get().document();

      assertThat(shape(imported)).as("seed %s on %s", seed, engine).isEqualTo(shape(document));
      var again = DdlExporter.export(imported, engine);
      assertThat(again.isRight()).as("seed %s on %s: %s", seed, engine, again).isTrue();
      assertThat(again.get().sql()).as("seed %s on %s", seed, engine).isEqualTo(sql);
    }
  }

  static SourceFormat format(Engine engine) {
    return switch (engine) {
      case POSTGRESQL -> SourceFormat.POSTGRESQL;
      case MYSQL -> SourceFormat.MYSQL;
      case SQLITE -> SourceFormat.SQLITE;
    };
  }

  /**
   * Tables by name (columns: name, key, nullable) and relations counted by kind and table names.
   */
  static Map<String, Object> shape(SchemaDocument document) {
    var tables = new TreeMap<String, Object>();
    var names = new HashMap<String, String>();
    for (Table table : document.tables()) {
      names.put(table.id(), table.name());
      tables.put(
          table.name(),
          table.columns().stream()
              .map(
                  c ->
                      c.name()
                          + (c.primaryKey() ? " PK" : "")
                          + (c.nullable() && !c.primaryKey() ? " NULL" : ""))
              .toList());
    }
    var relations = new TreeMap<String, Integer>();
    for (var relation : document.relations()) {
      var kind = relation.type() == RelationType.MANY_TO_MANY ? "N:M" : "FK";
      relations.merge(
          kind
              + " "
              + names.get(relation.sourceTableId())
              + " -> "
              + names.get(relation.targetTableId()),
          1,
          Integer::sum);
    }
    return Map.of("tables", tables, "relations", relations, "enums", List.of(usesEnum(document)));
  }

  private static boolean usesEnum(SchemaDocument document) {
    return document.tables().stream()
        .anyMatch(
            t ->
                t.columns().stream()
                    .anyMatch(c -> c.type() == io.dbkeep.domain.schema.ColumnType.ENUM));
  }
}
