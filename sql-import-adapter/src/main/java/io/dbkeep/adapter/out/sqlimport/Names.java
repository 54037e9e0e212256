package io.dbkeep.adapter.out.sqlimport;

import io.dbkeep.domain.project.Engine;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Schema-qualified names folded into a document's one namespace: the engine's default schema
 * ({@code public}, {@code main}; any database name on MySQL) disappears, another schema is reported
 * once, and a table whose bare name is taken gets its schema as a prefix.
 */
final class Names {

  /** A reference to a table: its lookup key, whether it named a schema, its bare name. */
  record Reference(String key, boolean qualified, String bareName, String schema) {}

  private final Engine engine;
  private final Warnings warnings;
  private final Set<String> reportedSchemas = new HashSet<>();

  Names(Engine engine, Warnings warnings) {
    this.engine = engine;
    this.warnings = warnings;
  }

  Reference reference(List<String> parts, int line) {
    var bare = parts.get(parts.size() - 1);
    var schema = parts.size() > 1 ? parts.get(parts.size() - 2) : "";
    var folded = Draft.key(schema);
    var isDefault =
        switch (engine) {
          case POSTGRESQL -> folded.isEmpty() || folded.equals("public");
          case SQLITE -> folded.isEmpty() || folded.equals("main") || folded.equals("temp");
          case MYSQL -> true;
        };
    if (isDefault) {
      return new Reference("." + Draft.key(bare), false, bare, "");
    }
    if (reportedSchemas.add(folded)) {
      warnings.add(
          line,
          "SCHEMA_FLATTENED",
          "schema \""
              + schema
              + "\": documents have one schema, so its tables are imported by their own names"
              + " (prefixed with the schema where a name is taken)");
    }
    return new Reference(folded + "." + Draft.key(bare), true, bare, schema);
  }
}
