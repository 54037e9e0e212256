package io.dbkeep.application.port.in.studio;

/** Cancels a running SQL console run; false when it is not running (any more). */
public interface CancelSqlUseCase {

  boolean cancelSql(String runId);
}
