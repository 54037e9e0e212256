package io.dbkeep.application.service.studio;

import io.dbkeep.application.port.out.studio.ReadCatalogPort;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.problem.Problem;
import io.dbkeep.domain.studio.StudioError;
import io.dbkeep.domain.studio.StudioMode;
import io.dbkeep.domain.studio.TableRef;
import io.dbkeep.domain.studio.TableStructure;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;

/** Finds tables in the catalog and checks names and keys against them; shared by the services. */
final class StudioTables {

  private final ReadCatalogPort catalog;

  StudioTables(ReadCatalogPort catalog) {
    this.catalog = catalog;
  }

  /** The table's structure; SCHEMA_NOT_FOUND or TABLE_NOT_FOUND when the catalog lacks it. */
  Either<StudioError, TableStructure> find(TableRef table) {
    var found = catalog.describeTable(table);
    if (found.isDefined()) {
      return Either.right(found.get());
    }
    return Either.left(
        catalog.schemaExists(table.schema())
            ? StudioError.tableNotFound(table)
            : StudioError.schemaNotFound(table.schema()));
  }

  /**
   * The table, when its rows may be changed: READ_ONLY in read-only mode, NOT_EDITABLE (saying why)
   * for a table whose rows cannot be addressed, the lookup's error for an unknown one.
   */
  Either<StudioError, TableStructure> findEditable(TableRef table, StudioMode mode) {
    if (mode.readOnly()) {
      return Either.left(StudioError.readOnly());
    }
    return find(table)
        .flatMap(
            structure ->
                structure
                    .whyNotEditable()
                    .<Either<StudioError, TableStructure>>map(
                        why -> Either.left(StudioError.of(StudioError.Code.NOT_EDITABLE, why)))
                    .getOrElse(Either.right(structure)));
  }

  /** A problem for each member of {@code values} that is not a column of {@code table}. */
  static List<Problem> unknownColumns(TableStructure table, JsonObject values, String path) {
    var problems = new ArrayList<Problem>();
    for (var name : values.members().keySet()) {
      if (table.column(name).isEmpty()) {
        problems.add(
            Problem.error(
                path + "." + name,
                "COLUMN_NOT_FOUND",
                "Table " + table.table().name() + " has no column \"" + name + "\""));
      }
    }
    return problems;
  }

  /** Problems when {@code key} does not give exactly the primary key's columns. */
  static List<Problem> keyProblems(TableStructure table, JsonObject key, String path) {
    var problems = new ArrayList<Problem>();
    var names = key.members().keySet();
    if (!names.equals(new java.util.HashSet<>(table.primaryKey()))) {
      problems.add(
          Problem.error(
              path,
              "INVALID_KEY",
              "A key must give exactly the primary key columns "
                  + String.join(", ", table.primaryKey())
                  + ", not "
                  + (names.isEmpty() ? "none" : String.join(", ", names))));
    }
    return problems;
  }

  /** COLUMN_NOT_FOUND when any problem is about an unknown column, else {@code otherwise}. */
  static StudioError refusal(List<Problem> problems, StudioError.Code otherwise, String message) {
    var unknownColumn = problems.stream().anyMatch(p -> p.code().equals("COLUMN_NOT_FOUND"));
    return unknownColumn
        ? StudioError.of(
            StudioError.Code.COLUMN_NOT_FOUND,
            problems.stream()
                .filter(p -> p.code().equals("COLUMN_NOT_FOUND"))
                .findFirst()
                .get()
                .message(),
            problems)
        : StudioError.of(otherwise, message, problems);
  }
}
