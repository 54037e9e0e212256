package io.dbkeep.application.port.out.project;

import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.project.ExpectedVersion;
import io.dbkeep.domain.project.ProjectId;
import io.dbkeep.domain.project.ProjectName;
import io.dbkeep.domain.project.StoredProject;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * Stores a new document for a project in one statement, without reading the old one: the hot path
 * of saving. Must be called inside a {@code UnitOfWork} transaction.
 */
public interface SaveProjectDocumentPort {

  /**
   * Replaces the document (and the name and engine when given) of the project {@code id} owned by
   * {@code owner}, when {@code expectedVersion} admits its version, and returns it as stored
   * (without its document) at the next version; none when no such project is at such a version
   * (nothing changed). The document is stored in the wire format of {@code SchemaDocumentWriter},
   * written straight from {@code document}; the caller has checked that it can be stored ({@code
   * StorableJson}).
   */
  Option<StoredProject> saveDocument(
      ProjectId id,
      UserId owner,
      Option<ProjectName> name,
      Option<Engine> engine,
      SchemaDocument document,
      ExpectedVersion expectedVersion,
      Instant now);
}
