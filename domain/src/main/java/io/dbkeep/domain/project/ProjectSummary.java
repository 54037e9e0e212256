package io.dbkeep.domain.project;

import java.time.Instant;
import java.util.Objects;

/**
 * What a project list shows of a project: everything but its document.
 *
 * @param createdByName the name of the user who created the project
 */
public record ProjectSummary(
    ProjectId id,
    ProjectName name,
    Engine engine,
    Owner owner,
    Instant createdAt,
    Instant updatedAt,
    String createdByName,
    long version) {

  public ProjectSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    Objects.requireNonNull(createdByName, "createdByName");
  }
}
