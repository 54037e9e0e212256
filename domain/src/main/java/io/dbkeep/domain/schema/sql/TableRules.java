package io.dbkeep.domain.schema.sql;

import static io.dbkeep.domain.schema.sql.SchemaValidator.quoted;

import io.dbkeep.domain.schema.Table;
import java.util.HashSet;

/**
 * Tables and their columns: ids, names (unique as the engine compares them; not an enum's name
 * where enums are types), groups, comments, column count; each column is checked by {@link
 * ColumnRules} and the keys by {@link TableKeyRules}, table by table, so problems come in document
 * order.
 */
final class TableRules {

  private final ValidationRun run;

  /** A table's column ids and names seen so far: one pair for all tables of the run. */
  private final SeenStrings columnIds = new SeenStrings();

  private final SeenStrings columnNames = new SeenStrings();

  TableRules(ValidationRun run) {
    this.run = run;
  }

  void checkTables() {
    var ids = new HashSet<String>();
    var names = new HashSet<String>();
    var groupIds = new HashSet<String>();
    run.document.groups().forEach(group -> groupIds.add(group.id()));
    for (int i = 0; i < run.document.tables().size(); i++) {
      var table = run.document.tables().get(i);
      var path = "tables[" + i + "]";
      if (!table.id().isBlank() && !ids.contains(table.id())) {
        run.tableIndex.put(table.id(), i);
      }
      run.checkId(table.id(), ids, path, "table");
      var nameRefusal = run.nameRefusal(table.name(), "table", true);
      if (nameRefusal != null) {
        run.error(path + ".name", nameRefusal.code(), nameRefusal.message());
      } else {
        if (!names.add(run.dialect.fold(table.name()))) {
          run.error(
              path + ".name",
              "DUPLICATE_NAME",
              "another table is also named " + quoted(table.name()));
        } else if (run.dialect.enumsAreTypes()
            && run.enumNames.contains(run.dialect.fold(table.name()))) {
          run.error(
              path + ".name",
              "DUPLICATE_NAME",
              "on "
                  + run.engine.displayName()
                  + " a table cannot have the name of an enum ("
                  + quoted(table.name())
                  + ")");
        }
      }
      table
          .parentNode()
          .filter(parent -> !groupIds.contains(parent))
          .forEach(
              parent ->
                  run.warning(
                      path + ".parentNode",
                      "UNKNOWN_PARENT_NODE",
                      "no group has the id " + quoted(parent)));
      if (table.comment().isDefined()) {
        run.checkComment(table.comment(), path + ".comment", run.dialect.maxTableComment());
      }
      checkColumns(table, path);
      run.keys.checkTableKeys(table, path);
      run.checks.checkChecks(table, path);
    }
  }

  void checkColumns(Table table, String path) {
    if (table.columns().isEmpty()) {
      run.error(path + ".columns", "NO_COLUMNS", "a table needs at least one column");
      return;
    }
    if (table.columns().size() > run.dialect.maxColumns()) {
      run.error(
          path + ".columns",
          "TOO_MANY_COLUMNS",
          run.engine.displayName()
              + " tables have at most "
              + run.dialect.maxColumns()
              + " columns");
    }
    var ids = columnIds;
    var names = columnNames;
    ids.clear();
    names.clear();
    for (int j = 0; j < table.columns().size(); j++) {
      var column = table.columns().get(j);
      if (column.id().isBlank() || !ids.add(column.id())) {
        run.checkId(column.id(), ids, ColumnRules.at(path, j), "column");
      }
      var nameRefusal = run.nameRefusal(column.name(), "column", true);
      if (nameRefusal != null) {
        run.error(ColumnRules.at(path, j, ".name"), nameRefusal.code(), nameRefusal.message());
      } else {
        if (!names.add(run.dialect.fold(column.name()))) {
          run.error(
              ColumnRules.at(path, j, ".name"),
              "DUPLICATE_NAME",
              "another column of this table is also named "
                  + quoted(column.name())
                  + run.dialect.comparisonNote("names"));
        }
      }
      run.columns.checkColumn(table, column, path, j);
    }
  }
}
