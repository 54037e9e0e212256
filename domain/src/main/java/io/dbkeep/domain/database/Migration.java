package io.dbkeep.domain.database;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * One versioned schema migration.
 *
 * @param version its version
 * @param description what it does, as its file name says
 * @param installedOn when it was applied; empty while pending
 */
public record Migration(SchemaVersion version, String description, Option<Instant> installedOn) {

  public Migration {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(installedOn, "installedOn");
  }

  public static Migration pending(SchemaVersion version, String description) {
    return new Migration(version, description, Option.none());
  }

  public boolean applied() {
    return installedOn.isDefined();
  }
}
