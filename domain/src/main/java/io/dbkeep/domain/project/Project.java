package io.dbkeep.domain.project;

import io.dbkeep.domain.json.JsonArray;
import io.dbkeep.domain.json.JsonNumber;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Objects;

/**
 * A schema project: a named schema document for one database engine, owned by a user or team.
 *
 * <p>Immutable: every change returns a new value. {@code version} counts stored revisions; a
 * project that has not been stored yet has version {@code 0}, the first stored revision is {@code
 * 1}, and persistence refuses to store a revision whose version is not the stored one (optimistic
 * locking). {@code createdBy} is the user who created it, which is also the owner for {@code user}
 * owners. Invariant: {@code createdAt <= updatedAt}.
 */
public record Project(
    ProjectId id,
    ProjectName name,
    Engine engine,
    UserId createdBy,
    Owner owner,
    JsonValue data,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  public Project {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(createdBy, "createdBy");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    if (updatedAt.isBefore(createdAt)) {
      throw new IllegalArgumentException("updatedAt must not be before createdAt");
    }
    if (version < 0) {
      throw new IllegalArgumentException("version must not be negative");
    }
  }

  /** A new, not yet stored project owned by {@code creator}. */
  public static Project create(
      ProjectName name, Engine engine, UserId creator, Option<JsonValue> data, Instant now) {
    return new Project(
        ProjectId.generate(),
        name,
        engine,
        creator,
        new Owner(creator.value(), OwnerType.USER),
        data.getOrElse(Project::emptyDocument),
        now,
        now,
        0);
  }

  /**
   * The document of a new project: no tables, relations, groups or notes, in format version 1 (as
   * {@code SchemaDocumentWriter} writes an empty document).
   */
  public static JsonObject emptyDocument() {
    var members = new LinkedHashMap<String, JsonValue>();
    members.put("formatVersion", JsonNumber.of(1));
    members.put("tables", JsonArray.of());
    members.put("relations", JsonArray.of());
    members.put("groups", JsonArray.of());
    members.put("notes", JsonArray.of());
    return new JsonObject(members);
  }

  /** Whether {@code user} may see and change this project. */
  public boolean isAccessibleBy(UserId user) {
    return owner.type() == OwnerType.USER && owner.ownerId().equals(user.value());
  }

  /** This project when the caller expects {@code expectedVersion} (none: any version). */
  public Either<ProjectError, Project> expectVersion(Option<ExpectedVersion> expectedVersion) {
    if (expectedVersion.isDefined() && !expectedVersion.get().admits(version)) {
      return Either.left(ProjectError.versionMismatch(expectedVersion.get(), version));
    }
    return Either.right(this);
  }

  /** The project with the given changes applied; absent values stay as they are. */
  public Project change(
      Option<ProjectName> newName,
      Option<Engine> newEngine,
      Option<JsonValue> newData,
      Instant now) {
    return new Project(
        id,
        newName.getOrElse(name),
        newEngine.getOrElse(engine),
        createdBy,
        owner,
        newData.getOrElse(data),
        createdAt,
        latest(now),
        version);
  }

  /** A new, unstored copy named {@code "<name> (copy)"}, created by and owned by {@code user}. */
  public Project duplicateFor(UserId user, Instant now) {
    return new Project(
        ProjectId.generate(),
        name.copyName(),
        engine,
        user,
        new Owner(user.value(), OwnerType.USER),
        data,
        now,
        now,
        0);
  }

  /** The same project as stored at {@code storedVersion}. */
  public Project withVersion(long storedVersion) {
    return new Project(
        id, name, engine, createdBy, owner, data, createdAt, updatedAt, storedVersion);
  }

  private Instant latest(Instant now) {
    return now.isBefore(updatedAt) ? updatedAt : now;
  }
}
