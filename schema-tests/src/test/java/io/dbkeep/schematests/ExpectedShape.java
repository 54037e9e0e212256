package io.dbkeep.schematests;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.RelationType;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.sql.ValidationReport;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/**
 * What the catalog must show for a document, derived from the document alone (not from the
 * exporter's code), and the comparison with what a catalog showed.
 */
final class ExpectedShape {

  private ExpectedShape() {}

  static void assertCatalogMatches(Shape actual, SchemaDocument document, ValidationReport report) {
    var oneToOne = new HashSet<String>();
    document.relations().stream()
        .filter(r -> r.type() == RelationType.ONE_TO_ONE && !r.isComposite())
        .forEach(r -> oneToOne.add(r.sourceTableId() + "/" + r.sourceColumnId()));
    for (var table : document.tables()) {
      var shape = actual.tables().get(table.name());
      assertThat(shape).as("table %s exists", table.name()).isNotNull();
      var columns = new LinkedHashMap<String, Boolean>();
      for (var column : table.columns()) {
        columns.put(
            column.name(), column.nullable() && !column.primaryKey() && !column.type().isSerial());
      }
      assertThat(shape.nullableColumns())
          .as("columns and nullability of %s", table.name())
          .isEqualTo(columns);
      var key = names(table.primaryKey());
      assertThat(shape.primaryKey()).as("primary key of %s", table.name()).isEqualTo(key);
      var uniques = new HashSet<List<String>>();
      for (var column : table.columns()) {
        var soleKey = key.size() == 1 && column.primaryKey();
        if (!soleKey
            && ((column.unique() && !column.primaryKey())
                || oneToOne.contains(table.id() + "/" + column.id()))) {
          uniques.add(List.of(column.name()));
        }
      }
      var uniqueSets = new HashSet<Set<String>>();
      uniqueSets.add(Set.copyOf(key));
      for (var index : table.indexes()) {
        if (index.unique()) {
          var indexColumns =
              index.columnIds().stream().map(id -> table.column(id).get().name()).toList();
          uniques.add(indexColumns);
          uniqueSets.add(Set.copyOf(indexColumns));
        }
      }
      for (var relation : document.relations()) {
        if (relation.type() == RelationType.ONE_TO_ONE
            && relation.isComposite()
            && relation.sourceTableId().equals(table.id())) {
          var sourceColumns =
              relation.sourceColumnIds().stream().map(id -> table.column(id).get().name()).toList();
          if (uniqueSets.add(Set.copyOf(sourceColumns))) {
            // MySQL lists them in the order of the key the foreign key references
            uniques.add(
                shape.uniques().stream()
                    .filter(u -> Set.copyOf(u).equals(Set.copyOf(sourceColumns)))
                    .findFirst()
                    .orElse(sourceColumns));
          }
        }
      }
      assertThat(shape.uniques()).as("unique constraints of %s", table.name()).isEqualTo(uniques);
      var expectedKeys = new ArrayList<Shape.ForeignKey>();
      for (var relation : document.relations()) {
        if (relation.type() == RelationType.MANY_TO_MANY
            || !relation.sourceTableId().equals(table.id())) {
          continue;
        }
        var target = document.table(relation.targetTableId()).get();
        expectedKeys.add(
            new Shape.ForeignKey(
                relation.sourceColumnIds().stream()
                    .map(id -> table.column(id).get().name())
                    .toList(),
                target.name(),
                relation.targetColumnIds().stream()
                    .map(id -> target.column(id).get().name())
                    .toList(),
                relation.onDelete().map(a -> a.sql()).getOrNull(),
                relation.onUpdate().map(a -> a.sql()).getOrNull()));
      }
      assertForeignKeys(table.name(), shape.foreignKeys(), expectedKeys);
    }
    var junctions =
        document.relations().stream().filter(r -> r.type() == RelationType.MANY_TO_MANY).count()
            - report.warnings().stream()
                .filter(p -> p.code().equals("N_M_JUNCTION_EXISTS"))
                .count();
    var documentTables = new HashSet<String>();
    document.tables().forEach(t -> documentTables.add(t.name()));
    var extra =
        actual.tables().keySet().stream().filter(name -> !documentTables.contains(name)).toList();
    assertThat(extra).as("junction tables").hasSize((int) junctions);
    for (var name : extra) {
      var junction = actual.tables().get(name);
      assertThat(junction.primaryKey())
          .as("junction %s has a primary key over all its columns", name)
          .containsExactlyInAnyOrderElementsOf(junction.nullableColumns().keySet());
      assertThat(junction.nullableColumns().values())
          .as("junction columns are NOT NULL")
          .doesNotContain(true);
      assertThat(junction.foreignKeys()).as("junction %s references both tables", name).hasSize(2);
      for (var foreignKey : junction.foreignKeys()) {
        var target =
            document.tables().stream()
                .filter(t -> t.name().equals(foreignKey.targetTable()))
                .findFirst();
        assertThat(target).as("junction target %s", foreignKey.targetTable()).isPresent();
        assertThat(foreignKey.targetColumns()).isEqualTo(names(target.get().primaryKey()));
      }
    }
  }

  private static void assertForeignKeys(
      String table, Set<Shape.ForeignKey> actual, List<Shape.ForeignKey> expected) {
    assertThat(actual).as("foreign keys of %s", table).hasSize(expected.size());
    var remaining = new ArrayList<>(actual);
    for (var want : expected) {
      var match =
          remaining.stream()
              .filter(
                  have ->
                      pairs(have).equals(pairs(want))
                          && have.targetTable().equals(want.targetTable())
                          && action(have.onDelete(), want.onDelete())
                          && action(have.onUpdate(), want.onUpdate()))
              .findFirst();
      assertThat(match).as("foreign key %s of %s in %s", want, table, actual).isPresent();
      remaining.remove(match.get());
    }
  }

  /**
   * The key's column pairs as a set: a composite foreign key may list them in another order (MySQL
   * lists them in the referenced key's order).
   */
  private static Set<List<String>> pairs(Shape.ForeignKey key) {
    var result = new HashSet<List<String>>();
    for (int i = 0; i < key.columns().size(); i++) {
      result.add(List.of(key.columns().get(i), key.targetColumns().get(i)));
    }
    return result;
  }

  /** An action the document leaves out is the engine's default: NO ACTION (RESTRICT on MySQL). */
  private static boolean action(String have, String want) {
    if (want == null) {
      return have.equals("NO ACTION") || have.equals("RESTRICT");
    }
    return have.equals(want);
  }

  private static List<String> names(List<Column> columns) {
    return columns.stream().map(Column::name).toList();
  }
}
