package io.dbkeep.domain.schema.sql;

import static io.dbkeep.domain.schema.sql.SchemaValidator.quoted;

import io.dbkeep.domain.schema.ReferentialAction;
import io.dbkeep.domain.schema.RelationType;
import io.dbkeep.domain.schema.Table;
import io.dbkeep.domain.schema.check.CheckParser;
import io.dbkeep.domain.schema.check.CheckTypes;
import io.vavr.control.Option;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;

/**
 * A table's CHECK constraints (ADR 127): ids unique in the table, names usable as identifiers and
 * unique where the engine wants them unique (per table on PostgreSQL, per schema on MySQL and
 * SQLite), expressions in the neutral subset ({@code INVALID_CHECK}, with the column in the text
 * where the problem is) and, on MySQL, not over AUTO_INCREMENT columns or columns a foreign key's
 * action changes.
 */
final class CheckRules {

  private final ValidationRun run;

  /** Names taken so far in the engine's namespace (the schema's, or the current table's). */
  private final Map<String, String> schemaNames = new HashMap<>();

  CheckRules(ValidationRun run) {
    this.run = run;
  }

  void checkChecks(Table table, String path) {
    if (table.checks().isEmpty()) {
      return; // most tables have none: no sets for them
    }
    var ids = new HashSet<String>();
    var tableNames = new HashMap<String, String>();
    var names = run.dialect.checkNamesPerTable() ? tableNames : schemaNames;
    for (int k = 0; k < table.checks().size(); k++) {
      var check = table.checks().get(k);
      var checkPath = path + ".checks[" + k + "]";
      run.checkId(check.id(), ids, checkPath, "check");
      if (check.name().isDefined()) {
        var name = check.name().get();
        if (run.checkName(name, checkPath + ".name", "check constraint", true)) {
          var previous = names.putIfAbsent(run.dialect.fold(name), checkPath);
          if (previous != null) {
            run.error(
                checkPath + ".name",
                "DUPLICATE_NAME",
                "another check ("
                    + previous
                    + ") is also named "
                    + quoted(name)
                    + (run.dialect.checkNamesPerTable()
                        ? ""
                        : "; " + run.engine.displayName() + " check names are unique per schema"));
          }
        }
      }
      checkExpression(table, check.expression(), checkPath + ".expression");
    }
  }

  private void checkExpression(Table table, String expression, String path) {
    var parsed = CheckParser.parse(expression);
    if (parsed.isLeft()) {
      run.error(path, "INVALID_CHECK", parsed.getLeft().describe());
      return;
    }
    var problems = CheckTypes.problems(parsed.get(), table, run.document);
    for (var problem : problems) {
      run.error(path, "INVALID_CHECK", problem.describe());
    }
    if (!problems.isEmpty() || !run.dialect.checksAvoidGeneratedColumns()) {
      return;
    }
    for (var name : CheckTypes.columnNames(parsed.get())) {
      var column = table.columns().stream().filter(c -> c.name().equals(name)).findFirst();
      if (column.isEmpty()) {
        continue;
      }
      if (column.get().type().isSerial()) {
        run.error(
            path,
            "INVALID_CHECK",
            run.engine.displayName()
                + " checks cannot use the AUTO_INCREMENT column "
                + quoted(name));
      } else if (changedByForeignKeyAction(table, column.get().id())) {
        run.error(
            path,
            "INVALID_CHECK",
            run.engine.displayName()
                + " checks cannot use "
                + quoted(name)
                + ": a foreign key's CASCADE or SET NULL action changes it");
      }
    }
  }

  private boolean changedByForeignKeyAction(Table table, String columnId) {
    for (var relation : run.document.relations()) {
      if (relation.type() != RelationType.MANY_TO_MANY
          && relation.sourceTableId().equals(table.id())
          && relation.sourceColumnIds().contains(columnId)
          && (changes(relation.onDelete()) || changes(relation.onUpdate()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean changes(Option<ReferentialAction> action) {
    return action.exists(a -> a == ReferentialAction.CASCADE || a == ReferentialAction.SET_NULL);
  }
}
