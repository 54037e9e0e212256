package io.dbkeep.domain.schema.sql;

import io.dbkeep.domain.problem.Problem;
import io.dbkeep.domain.project.Engine;
import java.util.List;
import java.util.Objects;

/**
 * A DDL script for an engine, and the warnings of the validation it passed.
 *
 * @param sql the script: statements ending in {@code ;}, with {@code --} comments
 * @param warnings what the script changes or cannot enforce (type mappings, …)
 */
public record DdlExport(Engine engine, String sql, List<Problem> warnings) {

  public DdlExport {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(sql, "sql");
    warnings = List.copyOf(warnings);
  }
}
