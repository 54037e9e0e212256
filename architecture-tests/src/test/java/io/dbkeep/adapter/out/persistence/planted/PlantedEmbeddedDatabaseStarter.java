package io.dbkeep.adapter.out.persistence.planted;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** Planted violation: the persistence adapter starting zonky's embedded PostgreSQL itself. */
public class PlantedEmbeddedDatabaseStarter {
  public EmbeddedPostgres postgres;
}
