package io.dbkeep.domain.schema.sql;

import io.dbkeep.domain.problem.Problem;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.diff.SchemaChange;
import java.util.List;
import java.util.Objects;

/**
 * A migration script that turns a live database of one document version into the next on one
 * engine, with the changes it applies and its warnings.
 *
 * @param sql the script; empty when the documents define the same schema
 * @param changes the document changes, in {@link io.dbkeep.domain.schema.diff.SchemaDiff}'s order
 * @param warnings the destructive or data-dependent steps (code {@code DESTRUCTIVE_CHANGE}), each
 *     naming its object, plus what the engine cannot migrate (code {@code NOT_MIGRATED})
 */
public record Migration(
    Engine engine, String sql, List<SchemaChange> changes, List<Problem> warnings) {

  public Migration {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(sql, "sql");
    changes = List.copyOf(changes);
    warnings = List.copyOf(warnings);
  }

  /** Whether there is nothing to migrate. */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /** Whether a step can lose data or fail on existing rows. */
  public boolean isDestructive() {
    return changes.stream().anyMatch(SchemaChange::destructive);
  }
}
