package io.dbkeep.application.service.studio;

import io.dbkeep.application.port.in.studio.CancelSqlUseCase;
import io.dbkeep.application.port.out.studio.RunSqlPort;

public final class CancelSqlService implements CancelSqlUseCase {

  private final RunSqlPort sql;

  public CancelSqlService(RunSqlPort sql) {
    this.sql = sql;
  }

  @Override
  public boolean cancelSql(String runId) {
    return sql.cancel(runId);
  }
}
