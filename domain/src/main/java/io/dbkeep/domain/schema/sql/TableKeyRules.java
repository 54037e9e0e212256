package io.dbkeep.domain.schema.sql;

import static io.dbkeep.domain.schema.sql.SchemaValidator.quoted;

import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.Table;
import java.util.ArrayList;

/**
 * A table's keys and indexes: a primary key (warned when missing) within the engine's column and
 * byte limits, auto-increment columns where MySQL wants them, index columns that exist, are not
 * repeated and can be indexed.
 */
final class TableKeyRules {

  private final ValidationRun run;

  TableKeyRules(ValidationRun run) {
    this.run = run;
  }

  void checkTableKeys(Table table, String path) {
    if (table.columns().isEmpty()) {
      return;
    }
    var keyColumns = 0;
    for (var column : table.columns()) {
      keyColumns += column.primaryKey() ? 1 : 0;
    }
    if (keyColumns == 0) {
      run.warning(path, "NO_PRIMARY_KEY", "table " + quoted(table.name()) + " has no primary key");
    } else {
      run.checkPrimaryKeySize(table, keyColumns, path);
    }
    var serials = 0;
    for (int j = 0; j < table.columns().size(); j++) {
      var column = table.columns().get(j);
      if (!column.type().isSerial() || !run.dialect.autoIncrementColumns()) {
        continue;
      }
      var columnPath = path + ".columns[" + j + "].type";
      if (++serials > 1) {
        run.error(
            columnPath,
            "MULTIPLE_AUTO_INCREMENT",
            "MySQL tables have at most one auto-increment (serial) column");
      } else if (!isMySqlKeyStart(table, column)) {
        run.error(
            columnPath,
            "AUTO_INCREMENT_NOT_KEY",
            "on MySQL an auto-increment (serial) column must be the first column of the primary"
                + " key, unique, or the first column of an index");
      }
    }
    if (table.indexes().isEmpty()) {
      return;
    }
    var ids = new SeenStrings();
    for (int k = 0; k < table.indexes().size(); k++) {
      var index = table.indexes().get(k);
      var indexPath = path + ".indexes[" + k + "]";
      run.checkId(index.id(), ids, indexPath, "index");
      if (index.columnIds().isEmpty()) {
        run.error(
            indexPath + ".columnIds",
            "INDEX_WITHOUT_COLUMNS",
            "an index needs at least one column");
        continue;
      }
      var columns = new ArrayList<Column>();
      var seen = new SeenStrings();
      for (int m = 0; m < index.columnIds().size(); m++) {
        var columnId = index.columnIds().get(m);
        var column = table.column(columnId);
        var columnPath = indexPath + ".columnIds[" + m + "]";
        if (column.isEmpty()) {
          run.error(
              columnPath,
              "INDEX_COLUMN_NOT_FOUND",
              "the table has no column with the id " + quoted(columnId));
        } else if (!seen.add(columnId)) {
          run.error(columnPath, "DUPLICATE_INDEX_COLUMN", "the index names this column twice");
        } else {
          columns.add(column.get());
          var mapped = run.map(column.get(), run.enumOfQuiet(column.get()));
          if (!mapped.keyable()) {
            run.error(
                columnPath, "TYPE_NOT_INDEXABLE", run.notKeyable(column.get(), mapped, "indexed"));
          }
        }
      }
      run.checkKeySize(columns, indexPath + ".columnIds", "the index");
    }
  }

  boolean isMySqlKeyStart(Table table, Column column) {
    var firstKey = RelationRules.firstKeyColumn(table);
    if (firstKey != null && firstKey.id().equals(column.id())) {
      return true;
    }
    if (column.unique() && !column.primaryKey()) {
      return true;
    }
    return table.indexes().stream()
        .anyMatch(
            index -> !index.columnIds().isEmpty() && index.columnIds().get(0).equals(column.id()));
  }
}
