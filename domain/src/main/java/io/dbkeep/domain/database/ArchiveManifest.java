package io.dbkeep.domain.database;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * What a backup archive holds: one consistent snapshot of every table of DBKeep's schema.
 *
 * @param formatVersion the archive format (1)
 * @param createdAt when the snapshot was taken
 * @param migrationVersion the schema version of the snapshot; empty for a database of the original
 *     DBKeep (no migration history), whose tables the archive then describes column by column
 * @param tables the tables, each with its row count and checksum
 */
public record ArchiveManifest(
    int formatVersion,
    Instant createdAt,
    Option<SchemaVersion> migrationVersion,
    List<ArchivedTable> tables) {

  /** The archive format this build writes and reads. */
  public static final int FORMAT_VERSION = 1;

  public ArchiveManifest {
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(migrationVersion, "migrationVersion");
    Objects.requireNonNull(tables, "tables");
  }

  public long totalRows() {
    return tables.map(ArchivedTable::rows).sum().longValue();
  }
}
