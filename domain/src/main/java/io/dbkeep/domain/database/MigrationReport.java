package io.dbkeep.domain.database;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * What a migration run did.
 *
 * @param fromVersion the version before (empty for an empty or not yet adopted database)
 * @param toVersion the version after
 * @param applied the migrations applied, in order
 * @param adoption what adopting an original DBKeep database changed, when one was adopted
 */
public record MigrationReport(
    Option<SchemaVersion> fromVersion,
    Option<SchemaVersion> toVersion,
    List<Migration> applied,
    Option<AdoptionReport> adoption) {

  public MigrationReport {
    Objects.requireNonNull(fromVersion, "fromVersion");
    Objects.requireNonNull(toVersion, "toVersion");
    Objects.requireNonNull(applied, "applied");
    Objects.requireNonNull(adoption, "adoption");
  }

  public boolean changedAnything() {
    return !applied.isEmpty() || adoption.isDefined();
  }
}
