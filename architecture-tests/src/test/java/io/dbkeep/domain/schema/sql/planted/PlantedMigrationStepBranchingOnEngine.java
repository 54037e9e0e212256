package io.dbkeep.domain.schema.sql.planted;

import io.dbkeep.domain.project.Engine;

/**
 * Planted: a migration step of {@code domain.schema.sql} that branches on the engine instead of
 * asking the engine's dialect, as MigrationWriter once did for dropping a foreign key.
 */
public final class PlantedMigrationStepBranchingOnEngine {

  public String dropForeignKey(Engine engine, String table, String key) {
    return "ALTER TABLE "
        + table
        + (engine == Engine.MYSQL ? " DROP FOREIGN KEY " : " DROP CONSTRAINT ")
        + key;
  }
}
