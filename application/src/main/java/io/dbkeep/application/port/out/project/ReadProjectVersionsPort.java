package io.dbkeep.application.port.out.project;

import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.project.ProjectId;
import io.dbkeep.domain.project.ProjectVersion;
import io.vavr.control.Option;
import java.util.List;

/**
 * Reads a project's recorded versions. Must be called inside a {@code UnitOfWork} transaction. It
 * knows nothing of who may see them: callers check access to the project first.
 */
public interface ReadProjectVersionsPort {

  /**
   * At most {@code limit} versions, newest first, numbered below {@code before} when given; without
   * their documents (the documents are not read).
   */
  List<ProjectVersion> listVersions(ProjectId id, Option<Long> before, int limit);

  /** One version; with {@code withDocument} its document as the stored JSON text. */
  Option<ProjectVersion> readVersion(ProjectId id, long number, boolean withDocument);

  /** One version's document as a JSON tree, for work that reads it (diffs, migrations). */
  Option<JsonValue> versionDocument(ProjectId id, long number);
}
