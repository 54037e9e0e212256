package io.dbkeep.domain.schema.sql;

import static io.dbkeep.domain.schema.sql.SchemaValidator.quoted;

import io.dbkeep.domain.schema.sql.SchemaPlan.PlannedTable;
import java.util.HashMap;
import java.util.HashSet;

/**
 * The plan of a document with no other errors: what only the planned names and sizes show
 * (generated names the engine refuses or repeats, row sizes). A save's validation asks the same
 * questions without the plan ({@link PlanChecks}).
 */
final class PlanRules {

  private final ValidationRun run;

  PlanRules(ValidationRun run) {
    this.run = run;
  }

  /** Engine limits that only the resolved tables show (junction tables, MySQL sizes). */
  void checkPlan(SchemaPlan plan) {
    for (var table : plan.tables()) {
      checkTable(table);
    }
  }

  /** The limits of one planned table. */
  void checkTable(PlannedTable table) {
    var primaryKey = table.primaryKey();
    checkKeyColumns(
        table.path(), table.name(), primaryKey.isDefined() ? primaryKey.get().columns().size() : 0);
    if (!run.dialect.limitsRowSize()) {
      return;
    }
    var byName = new HashMap<String, SchemaPlan.PlannedColumn>();
    table.columns().forEach(column -> byName.put(column.name(), column));
    var size = new RowSize(primaryKey.isDefined());
    for (var column : table.columns()) {
      size.add(column.type(), column.notNull());
    }
    var keys = (primaryKey.isDefined() ? 1 : 0) + table.uniques().size() + table.indexes().size();
    var leading = new HashSet<String>();
    primaryKey.forEach(key -> leading.add(key.columns().get(0)));
    table.uniques().forEach(key -> leading.add(key.columns().get(0)));
    table.indexes().forEach(index -> leading.add(index.columns().get(0)));
    for (var foreignKey : table.foreignKeys()) {
      if (leading.add(foreignKey.columns().get(0))) {
        keys++;
      }
    }
    var keyBytes = -1;
    if (primaryKey.isDefined()) {
      keyBytes = 0;
      for (var name : primaryKey.get().columns()) {
        keyBytes += byName.get(name).type().keyBytes();
      }
    }
    checkSizes(table.path(), table.name(), size, keys, keyBytes);
  }

  /** A primary key of {@code keyColumns} columns (0: none) within the engine's limit. */
  void checkKeyColumns(String path, String name, int keyColumns) {
    if (keyColumns > run.dialect.maxKeyColumns()) {
      run.error(
          path,
          "TOO_MANY_KEY_COLUMNS",
          "the primary key of "
              + quoted(name)
              + " has more than "
              + run.dialect.maxKeyColumns()
              + " columns");
    }
  }

  /**
   * MySQL: the row within the row and in-page record limits, the indexes (keys, uniques and the
   * indexes foreign keys add) within the limit, the primary key ({@code keyBytes}, -1: none) within
   * the key size.
   */
  void checkSizes(String path, String name, RowSize size, int keys, int keyBytes) {
    var rowBytes = size.rowBytes();
    var inlineBytes = size.inlineBytes();
    if (rowBytes > MySqlDialect.MAX_ROW_BYTES) {
      run.error(
          path,
          "ROW_TOO_LARGE",
          quoted(name)
              + " rows take up to "
              + rowBytes
              + " bytes in utf8mb4; MySQL allows "
              + MySqlDialect.MAX_ROW_BYTES
              + " (use TEXT for long strings)");
    } else if (inlineBytes >= MySqlDialect.MAX_INLINE_RECORD_BYTES) {
      run.error(
          path,
          "ROW_TOO_LARGE",
          quoted(name)
              + " records need up to "
              + inlineBytes
              + " bytes inside an InnoDB page; at most "
              + (MySqlDialect.MAX_INLINE_RECORD_BYTES - 1)
              + " fit (use fewer or smaller columns)");
    }
    if (keys > MySqlDialect.MAX_INDEXES) {
      run.error(
          path,
          "TOO_MANY_INDEXES",
          quoted(name)
              + " needs "
              + keys
              + " indexes (keys, uniques and foreign keys);"
              + " MySQL allows "
              + MySqlDialect.MAX_INDEXES);
    }
    if (keyBytes >= 0) {
      run.checkKeyBytes(keyBytes, path);
    }
  }

  /** The bytes a MySQL row takes, counted column by column. */
  static final class RowSize {
    private int rowBytes;
    private int inlineBytes;
    private int nullable;

    RowSize(boolean hasPrimaryKey) {
      inlineBytes = 5 + 13 + (hasPrimaryKey ? 0 : 6);
    }

    void add(MappedType type, boolean notNull) {
      rowBytes += type.rowBytes();
      inlineBytes += type.inlineBytes();
      nullable += notNull ? 0 : 1;
    }

    int rowBytes() {
      return rowBytes + (nullable + 7) / 8;
    }

    int inlineBytes() {
      return inlineBytes + (nullable + 7) / 8;
    }
  }
}
