package io.dbkeep.domain.project;

import io.dbkeep.domain.user.UserId;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * One recorded version of a project: what its document, name and engine were after a stored change.
 * Versions are immutable except for their notes ({@link VersionNotes}); numbers count up from 1 per
 * project and are never reused, so a restore records a new version equal to an old one.
 *
 * @param number the version's number within its project, from 1
 * @param revision the project's revision (its ETag version) that this version recorded
 * @param author who made the change
 * @param createdAt when the change was stored
 * @param dataJson the document as stored JSON text, when it was asked for (never parsed on the way
 *     out)
 */
public record ProjectVersion(
    ProjectId projectId,
    long number,
    long revision,
    ProjectName name,
    Engine engine,
    UserId author,
    Instant createdAt,
    VersionNotes notes,
    Option<String> dataJson) {

  public ProjectVersion {
    Objects.requireNonNull(projectId, "projectId");
    if (number < 1) {
      throw new IllegalArgumentException("version numbers start at 1, not " + number);
    }
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(notes, "notes");
    Objects.requireNonNull(dataJson, "dataJson");
  }
}
