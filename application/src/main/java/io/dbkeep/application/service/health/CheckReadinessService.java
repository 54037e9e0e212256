package io.dbkeep.application.service.health;

import io.dbkeep.application.port.in.health.CheckReadinessQuery;
import io.dbkeep.application.port.out.health.CheckDatabasePort;

public final class CheckReadinessService implements CheckReadinessQuery {

  private final CheckDatabasePort database;

  public CheckReadinessService(CheckDatabasePort database) {
    this.database = database;
  }

  @Override
  public Readiness checkReadiness() {
    var up = database.isReachable();
    return new Readiness(up, up ? "UP" : "DOWN");
  }
}
