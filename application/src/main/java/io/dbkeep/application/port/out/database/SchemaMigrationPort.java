package io.dbkeep.application.port.out.database;

import io.dbkeep.domain.database.MigrationReport;
import io.dbkeep.domain.database.SchemaStatus;
import io.vavr.collection.List;

/**
 * DBKeep's versioned schema migrations on its database. Implementations adopt a database of the
 * original DBKeep (its tables without a migration history) in place before migrating it, keeping
 * every row.
 */
public interface SchemaMigrationPort {

  /** Applied and pending migrations, and whether an original database awaits adoption. */
  SchemaStatus status();

  /**
   * Differences between the live schema and the persistence mapping, each a sentence or the SQL
   * statement that would remove it; empty when they match.
   */
  List<String> driftFromMapping();

  /**
   * Adopts an original database if there is one, then applies every pending migration.
   *
   * @throws SchemaMigrationException when adoption or a migration fails; the database is then as
   *     the failed step left it (each migration runs in its own transaction)
   */
  MigrationReport migrate();
}
