package io.dbkeep.application.port.in.studio;

import java.util.Objects;

/**
 * Run SQL text (one or more statements separated by {@code ;}); {@code runId} lets {@link
 * CancelSqlUseCase} stop it.
 */
public record RunSqlCommand(String sql, String runId) {

  /** The longest SQL text accepted, in characters. */
  public static final int MAX_LENGTH = 1_000_000;

  public RunSqlCommand {
    Objects.requireNonNull(sql, "sql");
    Objects.requireNonNull(runId, "runId");
  }
}
