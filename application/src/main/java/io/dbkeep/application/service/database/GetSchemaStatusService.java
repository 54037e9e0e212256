package io.dbkeep.application.service.database;

import io.dbkeep.application.port.in.database.GetSchemaStatusQuery;
import io.dbkeep.application.port.out.database.SchemaMigrationPort;
import io.dbkeep.domain.database.SchemaStatus;

/** Checks drift from the mapping only when nothing is pending (before that it is expected). */
public final class GetSchemaStatusService implements GetSchemaStatusQuery {

  private final SchemaMigrationPort migrations;

  public GetSchemaStatusService(SchemaMigrationPort migrations) {
    this.migrations = migrations;
  }

  @Override
  public SchemaStatus schemaStatus() {
    var status = migrations.status();
    return status.migrationNeeded() ? status : status.withDrift(migrations.driftFromMapping());
  }
}
