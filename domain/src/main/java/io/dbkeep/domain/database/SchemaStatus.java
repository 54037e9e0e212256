package io.dbkeep.domain.database;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Where a database's schema stands.
 *
 * @param currentVersion the version of the last applied migration; empty for an empty database or a
 *     database of the original DBKeep that has not been adopted yet
 * @param latestKnownVersion the newest migration this build of DBKeep knows
 * @param applied the migrations applied, oldest first
 * @param pending the migrations that {@code migrate} would apply, oldest first
 * @param awaitsAdoption true when the database holds the original DBKeep's tables without a
 *     migration history: {@code migrate} will adopt it in place first
 * @param drift differences between the live schema and the mapping (each a sentence or an SQL
 *     statement that would remove it); empty when not checked
 */
public record SchemaStatus(
    Option<SchemaVersion> currentVersion,
    SchemaVersion latestKnownVersion,
    List<Migration> applied,
    List<Migration> pending,
    boolean awaitsAdoption,
    Option<List<String>> drift) {

  public SchemaStatus {
    Objects.requireNonNull(currentVersion, "currentVersion");
    Objects.requireNonNull(latestKnownVersion, "latestKnownVersion");
    Objects.requireNonNull(applied, "applied");
    Objects.requireNonNull(pending, "pending");
    Objects.requireNonNull(drift, "drift");
  }

  public SchemaStatus withDrift(List<String> differences) {
    return new SchemaStatus(
        currentVersion,
        latestKnownVersion,
        applied,
        pending,
        awaitsAdoption,
        Option.of(differences));
  }

  /** Nothing to migrate, nothing to adopt, and no drift found (when it was checked). */
  public boolean inSync() {
    return pending.isEmpty() && !awaitsAdoption && drift.map(List::isEmpty).getOrElse(true);
  }

  /** Something to do for {@code migrate}. */
  public boolean migrationNeeded() {
    return !pending.isEmpty() || awaitsAdoption;
  }
}
