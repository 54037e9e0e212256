package io.dbkeep.domain.project;

import io.dbkeep.domain.user.UserId;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * A project as it is stored, for reading without parsing: its small fields and, when asked for, its
 * document exactly as the database holds it ({@code dataJson}, JSON text that was accepted by a
 * save and is never parsed on the way out). Reading only the small fields answers "has it changed?"
 * ({@code version}) without touching the document.
 */
public record StoredProject(
    ProjectId id,
    ProjectName name,
    Engine engine,
    UserId createdBy,
    Owner owner,
    Instant createdAt,
    Instant updatedAt,
    long version,
    Option<String> dataJson) {

  public StoredProject {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(createdBy, "createdBy");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    Objects.requireNonNull(dataJson, "dataJson");
  }

  /** Whether {@code user} may see it: the same rule as {@link Project#isAccessibleBy}. */
  public boolean isAccessibleBy(UserId user) {
    return owner.type() == OwnerType.USER && owner.ownerId().equals(user.value());
  }
}
