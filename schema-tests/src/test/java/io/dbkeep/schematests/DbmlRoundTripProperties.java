package io.dbkeep.schematests;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.adapter.out.dbml.DbmlSchemaReader;
import io.dbkeep.adapter.out.dbml.DbmlSchemaWriter;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.EnumType;
import io.dbkeep.domain.schema.Index;
import io.dbkeep.domain.schema.Relation;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.Table;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * DBML round trips over the random valid documents of {@link RandomDocuments} (reserved words,
 * unicode, quotes, composite keys, N:M, enums, defaults, multi-line comments): document → DBML →
 * document is the same document up to ids, and DBML → document → DBML → document is equal exactly
 * (the reader's ids are deterministic).
 */
class DbmlRoundTripProperties {

  private final DbmlSchemaWriter writer = new DbmlSchemaWriter();
  private final DbmlSchemaReader reader = new DbmlSchemaReader();

  @Property(tries = 300)
  void documentToDbmlToDocumentIsTheSameUpToIds(@ForAll long seed) {
    var document = RandomDocuments.generate(seed);
    var dbml = writer.text(document, Engine.POSTGRESQL);
    var read = reader.read(dbml);
    assertThat(read.isRight()).as("%s\n%s", read, dbml).isTrue();
    assertThat(read.get().warnings()).as(dbml).isEmpty();
    assertThat(read.get().engine().get()).isEqualTo(Engine.POSTGRESQL);
    assertThat(canonical(read.get().document())).as(dbml).isEqualTo(canonical(document));
  }

  @Property(tries = 300)
  void dbmlToDocumentToDbmlToDocumentIsEqual(@ForAll long seed) {
    var dbml = writer.text(RandomDocuments.generate(seed), Engine.MYSQL);
    var first = reader.read(dbml).get().document();
    var again = writer.text(first, Engine.MYSQL);
    assertThat(again).isEqualTo(dbml);
    assertThat(reader.read(again).get().document()).isEqualTo(first);
  }

  /** The document with ids renumbered in order, so two documents compare up to ids. */
  static SchemaDocument canonical(SchemaDocument document) {
    var tableIds = new HashMap<String, String>();
    var columnIds = new HashMap<String, Map<String, String>>();
    var enumIds = new HashMap<String, String>();
    var enums = new ArrayList<EnumType>();
    for (var e : document.enums()) {
      var id = "e" + enums.size();
      enumIds.putIfAbsent(e.id(), id);
      enums.add(new EnumType(id, e.name(), e.values(), JsonObject.empty()));
    }
    var tables = new ArrayList<Table>();
    for (var table : document.tables()) {
      var id = "t" + tables.size();
      tableIds.putIfAbsent(table.id(), id);
      var columns = new ArrayList<Column>();
      var ids = new HashMap<String, String>();
      columnIds.putIfAbsent(table.id(), ids);
      for (var column : table.columns()) {
        var columnId = "c" + columns.size();
        ids.putIfAbsent(column.id(), columnId);
        columns.add(
            column.toBuilder().id(columnId).extra(JsonObject.empty()).build().toBuilder().build());
      }
      var rebuilt = new ArrayList<Column>();
      for (var column : columns) {
        rebuilt.add(
            new Column(
                column.id(),
                column.name(),
                column.type(),
                column.primaryKey(),
                column.nullable(),
                column.unique(),
                column.defaultValue(),
                column.length(),
                column.precision(),
                column.scale(),
                column.dimension(),
                column.enumId().map(enumIds::get),
                column.comment(),
                JsonObject.empty()));
      }
      var indexes = new ArrayList<Index>();
      for (var index : table.indexes()) {
        indexes.add(
            new Index(
                "i" + indexes.size(),
                index.name(),
                index.columnIds().stream().map(ids::get).toList(),
                index.unique(),
                JsonObject.empty()));
      }
      tables.add(
          new Table(
              id,
              table.name(),
              table.color(),
              Option.none(),
              table.parentNode(),
              rebuilt,
              indexes,
              table.comment(),
              JsonObject.empty()));
    }
    var relations = new ArrayList<Relation>();
    for (var r : document.relations()) {
      relations.add(
          new Relation(
              "r" + relations.size(),
              r.name(),
              tableIds.get(r.sourceTableId()),
              columnIds.get(r.sourceTableId()).get(r.sourceColumnId()),
              tableIds.get(r.targetTableId()),
              columnIds.get(r.targetTableId()).get(r.targetColumnId()),
              r.additionalColumns().stream()
                  .map(
                      pair ->
                          io.dbkeep.domain.schema.ColumnPair.of(
                              columnIds.get(r.sourceTableId()).get(pair.sourceColumnId()),
                              columnIds.get(r.targetTableId()).get(pair.targetColumnId())))
                  .toList(),
              r.type(),
              r.onDelete(),
              r.onUpdate(),
              Option.none(),
              Option.none(),
              JsonObject.empty()));
    }
    return new SchemaDocument(
        document.formatVersion(),
        tables,
        relations,
        List.of(),
        List.of(),
        enums,
        JsonObject.empty());
  }
}
