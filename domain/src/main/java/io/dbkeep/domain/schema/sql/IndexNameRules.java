package io.dbkeep.domain.schema.sql;

import static io.dbkeep.domain.schema.sql.SchemaValidator.quoted;

import java.util.HashSet;

/**
 * Index names chosen by the user: one namespace with tables (and, where enums are types, with
 * enums); names the engine reserves.
 */
final class IndexNameRules {

  private final ValidationRun run;

  IndexNameRules(ValidationRun run) {
    this.run = run;
  }

  /** Index names chosen by the user share one namespace with tables (and PostgreSQL types). */
  void checkIndexNames() {
    HashSet<String> taken = null; // the names of tables and types: only for a named index
    for (int i = 0; i < run.document.tables().size(); i++) {
      var table = run.document.tables().get(i);
      for (int k = 0; k < table.indexes().size(); k++) {
        var index = table.indexes().get(k);
        if (index.name().isEmpty()) {
          continue;
        }
        var path = "tables[" + i + "].indexes[" + k + "].name";
        var name = index.name().get();
        if (taken == null) {
          taken = new HashSet<>();
          for (var each : run.document.tables()) {
            taken.add(run.dialect.fold(each.name()));
          }
          if (run.dialect.enumsAreTypes()) {
            taken.addAll(run.enumNames);
          }
        }
        if (run.dialect.reservedIndexName(name)) {
          run.error(
              path,
              "INVALID_NAME",
              run.engine.displayName() + " reserves the index name " + name.toUpperCase());
        } else if (run.checkName(name, path, "index", true) && !taken.add(run.dialect.fold(name))) {
          run.error(
              path, "DUPLICATE_NAME", quoted(name) + " is already the name of a table or index");
        }
      }
    }
  }
}
