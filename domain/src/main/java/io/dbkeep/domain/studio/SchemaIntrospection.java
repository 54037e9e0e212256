package io.dbkeep.domain.studio;

import io.dbkeep.domain.format.layout.TableLayout;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.json.JsonString;
import io.dbkeep.domain.problem.Problem;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.Check;
import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.ColumnPair;
import io.dbkeep.domain.schema.ColumnType;
import io.dbkeep.domain.schema.EnumType;
import io.dbkeep.domain.schema.Index;
import io.dbkeep.domain.schema.Relation;
import io.dbkeep.domain.schema.RelationType;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.Table;
import io.dbkeep.domain.schema.check.CheckParser;
import io.dbkeep.domain.schema.check.CheckProblem;
import io.dbkeep.domain.schema.check.CheckRenderer;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A live database's structure as a schema document: its tables (of one schema), columns mapped to
 * the document's types, primary keys, unique constraints, foreign keys as relations with their
 * actions, indexes, comments and enums, laid out on the canvas as an import is ({@link
 * TableLayout}: layered by foreign keys, without overlaps).
 *
 * <p>CHECK constraints are carried in the document's neutral subset (ADR 127): a {@link
 * CheckTranslation} turns each engine's spelling into it (the SQL import's translator, through the
 * application's port); a check it cannot translate is left out with a {@code CHECK_NOT_CARRIED}
 * warning naming the table, the constraint and why. Foreign keys are carried whole, composite ones
 * included (ADR 125).
 *
 * <p>Pure and deterministic: the same structure gives the same document (ids are derived from
 * positions in name order). What a document cannot express is left out and reported as a warning
 * ({@link Result#warnings()}): foreign keys to tables outside the schema, expression indexes,
 * checks outside the neutral subset, types without an equivalent (kept as TEXT, the database's type
 * in the column's {@code nativeType}).
 */
public final class SchemaIntrospection {

  /** The document and what could not be carried over. */
  public record Result(SchemaDocument document, List<Problem> warnings) {
    public Result {
      warnings = List.copyOf(warnings);
    }
  }

  static final List<String> COLORS =
      List.of(
          "#3b82f6", "#22c55e", "#a855f7", "#f97316", "#ef4444", "#14b8a6", "#eab308", "#ec4899");

  private SchemaIntrospection() {}

  /**
   * Turns a catalog's CHECK condition into the neutral subset, in the context of the document table
   * it belongs to (its columns, already mapped): the subset's text, or why it cannot be.
   */
  @FunctionalInterface
  public interface CheckTranslation {
    Either<String, String> toNeutral(String condition, Table table);

    /** Accepts a condition only when it is already written in the subset ({@link CheckParser}). */
    CheckTranslation SUBSET_ONLY =
        (condition, table) ->
            CheckParser.parse(condition)
                .map(CheckRenderer::neutral)
                .mapLeft(CheckProblem::describe);
  }

  /** The document of {@code schema}'s tables; checks are kept only when already in the subset. */
  public static Result toDocument(Engine engine, DatabaseStructure structure, String schema) {
    return toDocument(engine, structure, schema, CheckTranslation.SUBSET_ONLY);
  }

  /** The document of {@code schema}'s tables, their checks translated by {@code checks}. */
  public static Result toDocument(
      Engine engine, DatabaseStructure structure, String schema, CheckTranslation checks) {
    var warnings = new ArrayList<Problem>();
    var tables =
        structure.tables().stream()
            .filter(t -> t.table().schema().equals(schema) && t.kind() == TableKind.TABLE)
            .sorted(java.util.Comparator.comparing(t -> t.table().name()))
            .toList();
    var enums = new LinkedHashMap<String, EnumType>();
    for (var type : structure.enums()) {
      if (type.schema().equals(schema) || engine != Engine.POSTGRESQL) {
        enums.putIfAbsent(
            type.name(), EnumType.of("e-" + (enums.size() + 1), type.name(), type.values()));
      }
    }
    var tableIds = new HashMap<String, String>();
    var columnIds = new HashMap<String, Map<String, String>>();
    for (int t = 0; t < tables.size(); t++) {
      var table = tables.get(t);
      tableIds.put(table.table().name(), "t-" + (t + 1));
      var ids = new LinkedHashMap<String, String>();
      for (int c = 0; c < table.columns().size(); c++) {
        ids.put(table.columns().get(c).name(), "c-" + (t + 1) + "-" + (c + 1));
      }
      columnIds.put(table.table().name(), ids);
    }

    var serials = CatalogTypes.sqliteSerials(engine, tables);
    var documentTables = new ArrayList<Table>();
    for (int t = 0; t < tables.size(); t++) {
      var table = tables.get(t);
      var path = "tables[" + t + "]";
      var ids = columnIds.get(table.table().name());
      var singleUniques = new HashSet<String>();
      for (var unique : table.uniques()) {
        if (unique.columns().size() == 1) {
          singleUniques.add(unique.columns().get(0));
        }
      }
      var columns = new ArrayList<Column>();
      for (int c = 0; c < table.columns().size(); c++) {
        var info = table.columns().get(c);
        columns.add(
            column(
                engine,
                table,
                info,
                ids.get(info.name()),
                singleUniques.contains(info.name()),
                enums,
                serials,
                warnings,
                path + ".columns[" + c + "]"));
      }
      var indexes = new ArrayList<Index>();
      var covered = new HashSet<String>();
      table.uniques().forEach(u -> covered.add(u.name()));
      var n = 0;
      for (var unique : table.uniques()) {
        if (unique.columns().size() > 1) {
          indexes.add(
              new Index(
                  "i-" + (t + 1) + "-" + (++n),
                  Option.of(unique.name()),
                  unique.columns().stream().map(ids::get).toList(),
                  true,
                  JsonObject.empty()));
        }
      }
      for (var index : table.indexes()) {
        if (index.primary() || covered.contains(index.name())) {
          continue;
        }
        if (index.columns().stream().anyMatch(name -> !ids.containsKey(name))) {
          warnings.add(
              Problem.warning(
                  path + ".indexes",
                  "INDEX_NOT_CARRIED",
                  "Index "
                      + index.name()
                      + " of "
                      + table.table().name()
                      + " uses expressions; a document cannot express it"));
          continue;
        }
        if (index.unique()
            && index.columns().size() == 1
            && singleUniques.contains(index.columns().get(0))) {
          continue;
        }
        indexes.add(
            new Index(
                "i-" + (t + 1) + "-" + (++n),
                Option.of(index.name()),
                index.columns().stream().map(ids::get).toList(),
                index.unique(),
                JsonObject.empty()));
      }
      var documentTable =
          new Table(
              tableIds.get(table.table().name()),
              table.table().name(),
              Option.of(COLORS.get(t % COLORS.size())),
              Option.none(),
              Option.none(),
              columns,
              indexes,
              table.comment(),
              JsonObject.empty());
      documentTables.add(checks(table, documentTable, checks, warnings, path));
    }

    var relations = new ArrayList<Relation>();
    for (var table : tables) {
      for (var key : table.foreignKeys()) {
        var target = key.referenced();
        if (!target.schema().equals(schema) || !tableIds.containsKey(target.name())) {
          warnings.add(
              Problem.warning(
                  "relations",
                  "RELATION_NOT_CARRIED",
                  "Foreign key "
                      + key.name()
                      + " of "
                      + table.table().name()
                      + " references "
                      + target
                      + ", outside schema "
                      + schema));
          continue;
        }
        var sourceIds = columnIds.get(table.table().name());
        var targetIds = columnIds.get(target.name());
        var additional = new ArrayList<ColumnPair>();
        for (int c = 1; c < key.columns().size(); c++) {
          additional.add(
              ColumnPair.of(
                  sourceIds.get(key.columns().get(c)),
                  targetIds.get(key.referencedColumns().get(c))));
        }
        var keySet = new HashSet<>(key.columns());
        var unique =
            table.uniques().stream()
                    .anyMatch(
                        u -> u.columns().size() == keySet.size() && keySet.containsAll(u.columns()))
                || (table.primaryKey().size() == keySet.size()
                    && keySet.containsAll(table.primaryKey()));
        relations.add(
            new Relation(
                "r-" + (relations.size() + 1),
                Option.of(key.name()),
                tableIds.get(table.table().name()),
                sourceIds.get(key.columns().get(0)),
                tableIds.get(target.name()),
                targetIds.get(key.referencedColumns().get(0)),
                additional,
                unique ? RelationType.ONE_TO_ONE : RelationType.ONE_TO_MANY,
                action(key.onDelete()),
                action(key.onUpdate()),
                Option.of("right"),
                Option.of("left"),
                JsonObject.empty()));
      }
    }
    var used = new HashSet<String>();
    documentTables.forEach(t -> t.columns().forEach(c -> c.enumId().forEach(used::add)));
    var document =
        SchemaDocument.of(documentTables, relations)
            .withEnums(enums.values().stream().filter(e -> used.contains(e.id())).toList());
    return new Result(TableLayout.layout(document), warnings);
  }

  /** {@code table} with the structure's checks that translate; the others are warnings. */
  private static Table checks(
      TableStructure structure,
      Table table,
      CheckTranslation translation,
      List<Problem> warnings,
      String path) {
    var checks = new ArrayList<Check>();
    for (var info : structure.checks()) {
      var described =
          (info.name().isDefined() ? "Check " + info.name().get() : "An unnamed check")
              + " of "
              + structure.table().name();
      var translated = translation.toNeutral(info.condition(), table);
      if (translated.isLeft()) {
        warnings.add(
            Problem.warning(
                path + ".checks",
                "CHECK_NOT_CARRIED",
                described
                    + " ("
                    + shorten(info.condition())
                    + ") is left out: outside the expressions every engine shares ("
                    + translated.getLeft()
                    + ")"));
        continue;
      }
      if (!info.validated()) {
        warnings.add(
            Problem.warning(
                path + ".checks[" + checks.size() + "]",
                "CHECK_NOT_VALIDATED",
                described
                    + " is NOT VALID in the database (older rows may break it); the document's"
                    + " check holds for every row"));
      }
      checks.add(
          new Check("k" + (checks.size() + 1), info.name(), translated.get(), JsonObject.empty()));
    }
    return checks.isEmpty() ? table : table.withChecks(checks);
  }

  private static String shorten(String text) {
    var flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() <= 120 ? flat : flat.substring(0, 117) + "...";
  }

  private static Option<io.dbkeep.domain.schema.ReferentialAction> action(
      ReferentialAction action) {
    return switch (action) {
      case CASCADE -> Option.of(io.dbkeep.domain.schema.ReferentialAction.CASCADE);
      case SET_NULL -> Option.of(io.dbkeep.domain.schema.ReferentialAction.SET_NULL);
      case RESTRICT -> Option.of(io.dbkeep.domain.schema.ReferentialAction.RESTRICT);
      case NO_ACTION -> Option.of(io.dbkeep.domain.schema.ReferentialAction.NO_ACTION);
      case SET_DEFAULT -> Option.none();
    };
  }

  private static Column column(
      Engine engine,
      TableStructure table,
      ColumnInfo info,
      String id,
      boolean unique,
      Map<String, EnumType> enums,
      Map<String, ColumnType> serials,
      List<Problem> warnings,
      String path) {
    var type = info.type();
    var builder =
        Column.builder(id, info.name(), ColumnType.TEXT)
            .nullable(info.nullable() && !info.primaryKey());
    if (info.primaryKey()) {
      builder.primaryKey();
    }
    if (unique && !info.primaryKey()) {
      builder.unique();
    }
    info.comment().forEach(builder::comment);
    var mapped =
        switch (engine) {
          case POSTGRESQL -> CatalogTypes.postgres(type, info);
          case MYSQL -> CatalogTypes.mysql(type, info);
          case SQLITE ->
              CatalogTypes.sqlite(
                  type,
                  info,
                  serials.getOrDefault(
                      table.table().name() + "\u0000" + info.name(), ColumnType.SERIAL));
        };
    builder.type(mapped);
    if (mapped == ColumnType.ENUM) {
      var values = type.enumValues();
      var name =
          engine == Engine.POSTGRESQL ? type.base() : table.table().name() + "_" + info.name();
      var existing = enums.get(name);
      if (existing == null) {
        existing = EnumType.of("e-" + (enums.size() + 1), name, values);
        enums.put(name, existing);
      }
      builder.enumId(existing.id());
    }
    switch (mapped) {
      case CHAR, VARCHAR, BIT, VARBIT -> type.length().forEach(builder::length);
      case DECIMAL, NUMERIC -> {
        if (type.precision().isDefined()) {
          builder.precision(type.precision().get(), type.scale().getOrElse(0));
        }
      }
      default -> {}
    }
    if (mapped == ColumnType.TEXT && !CatalogTypes.isText(type)) {
      builder.extra(new JsonObject(Map.of("nativeType", new JsonString(type.display()))));
      warnings.add(
          Problem.warning(
              path + ".type",
              "TYPE_NOT_CARRIED",
              info.name()
                  + " of "
                  + table.table().name()
                  + " is "
                  + type.display()
                  + ", kept as TEXT"));
    }
    if (!info.autoIncrement()) {
      info.defaultValue()
          .map(d -> CatalogDefaults.defaultValue(engine, d, type))
          .filter(d -> !d.isBlank())
          .forEach(builder::defaultValue);
    }
    return builder.build();
  }
}
