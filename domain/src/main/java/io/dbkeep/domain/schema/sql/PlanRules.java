package io.dbkeep.domain.schema.sql;

import static io.dbkeep.domain.schema.sql.SchemaValidator.quoted;

import java.util.HashMap;
import java.util.HashSet;

/**
 * The plan of a document with no other errors: what only the planned names and sizes show
 * (generated names the engine refuses or repeats, row sizes).
 */
final class PlanRules {

  private final ValidationRun run;

  PlanRules(ValidationRun run) {
    this.run = run;
  }

  /** Engine limits that only the resolved tables show (junction tables, MySQL sizes). */
  void checkPlan(SchemaPlan plan) {
    for (var table : plan.tables()) {
      if (table.primaryKey().isDefined()
          && table.primaryKey().get().columns().size() > run.dialect.maxKeyColumns()) {
        run.error(
            table.path(),
            "TOO_MANY_KEY_COLUMNS",
            "the primary key of "
                + quoted(table.name())
                + " has more than "
                + run.dialect.maxKeyColumns()
                + " columns");
      }
      if (!run.dialect.limitsRowSize()) {
        continue;
      }
      var byName = new HashMap<String, SchemaPlan.PlannedColumn>();
      table.columns().forEach(column -> byName.put(column.name(), column));
      var rowBytes = 0;
      var inlineBytes = 5 + 13 + (table.primaryKey().isEmpty() ? 6 : 0);
      var nullable = 0;
      for (var column : table.columns()) {
        rowBytes += column.type().rowBytes();
        inlineBytes += column.type().inlineBytes();
        nullable += column.notNull() ? 0 : 1;
      }
      rowBytes += (nullable + 7) / 8;
      inlineBytes += (nullable + 7) / 8;
      if (rowBytes > MySqlDialect.MAX_ROW_BYTES) {
        run.error(
            table.path(),
            "ROW_TOO_LARGE",
            quoted(table.name())
                + " rows take up to "
                + rowBytes
                + " bytes in utf8mb4; MySQL allows "
                + MySqlDialect.MAX_ROW_BYTES
                + " (use TEXT for long strings)");
      } else if (inlineBytes >= MySqlDialect.MAX_INLINE_RECORD_BYTES) {
        run.error(
            table.path(),
            "ROW_TOO_LARGE",
            quoted(table.name())
                + " records need up to "
                + inlineBytes
                + " bytes inside an InnoDB page; at most "
                + (MySqlDialect.MAX_INLINE_RECORD_BYTES - 1)
                + " fit (use fewer or smaller columns)");
      }
      var keys =
          (table.primaryKey().isDefined() ? 1 : 0)
              + table.uniques().size()
              + table.indexes().size();
      var leading = new HashSet<String>();
      table.primaryKey().forEach(key -> leading.add(key.columns().get(0)));
      table.uniques().forEach(key -> leading.add(key.columns().get(0)));
      table.indexes().forEach(index -> leading.add(index.columns().get(0)));
      for (var foreignKey : table.foreignKeys()) {
        if (leading.add(foreignKey.columns().get(0))) {
          keys++;
        }
      }
      if (keys > MySqlDialect.MAX_INDEXES) {
        run.error(
            table.path(),
            "TOO_MANY_INDEXES",
            quoted(table.name())
                + " needs "
                + keys
                + " indexes (keys, uniques and foreign keys);"
                + " MySQL allows "
                + MySqlDialect.MAX_INDEXES);
      }
      table
          .primaryKey()
          .forEach(
              key -> {
                var bytes = 0;
                for (var name : key.columns()) {
                  bytes += byName.get(name).type().keyBytes();
                }
                run.checkKeyBytes(bytes, table.path());
              });
    }
  }
}
