package io.dbkeep.application.service.project;

import io.dbkeep.application.port.in.project.RestoreProjectVersionCommand;
import io.dbkeep.application.port.in.project.RestoreProjectVersionUseCase;
import io.dbkeep.application.port.out.project.ReadProjectVersionsPort;
import io.dbkeep.application.port.out.project.ReadStoredProjectPort;
import io.dbkeep.application.port.out.project.RecordProjectVersionPort;
import io.dbkeep.application.port.out.project.RestoreProjectVersionPort;
import io.dbkeep.application.port.out.transaction.UnitOfWork;
import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.project.VersionNotes;
import io.vavr.control.Either;
import java.time.Clock;

public final class RestoreProjectVersionService implements RestoreProjectVersionUseCase {

  private final UnitOfWork unitOfWork;
  private final ReadStoredProjectPort readStored;
  private final ReadProjectVersionsPort readVersions;
  private final RestoreProjectVersionPort restore;
  private final RecordProjectVersionPort recordVersion;
  private final Clock clock;

  public RestoreProjectVersionService(
      UnitOfWork unitOfWork,
      ReadStoredProjectPort readStored,
      ReadProjectVersionsPort readVersions,
      RestoreProjectVersionPort restore,
      RecordProjectVersionPort recordVersion,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.readStored = readStored;
    this.readVersions = readVersions;
    this.restore = restore;
    this.recordVersion = recordVersion;
    this.clock = clock;
  }

  /**
   * Checks in order: the project is the caller's (else 404), a revision is named (else 428), the
   * version exists (else 404), the project is at the named revision (else 412); then copies and
   * records in one transaction.
   */
  @Override
  public Either<ProjectError, Restored> restoreVersion(RestoreProjectVersionCommand command) {
    var id = command.id();
    var number = command.number();
    return unitOfWork.inTransaction(
        () ->
            ProjectAccess.visibleStored(command.caller(), id, readStored.readStored(id, false))
                .flatMap(
                    current -> {
                      if (command.expectedRevision().isEmpty()) {
                        return Either.left(ProjectError.preconditionRequired(current.version()));
                      }
                      if (readVersions.readVersion(id, number, false).isEmpty()) {
                        return Either.left(ProjectError.versionNotFound(id, number));
                      }
                      var expected = command.expectedRevision().get();
                      return restore
                          .restoreVersion(id, command.caller(), number, expected, Now.of(clock))
                          .toEither(
                              () ->
                                  ProjectError.versionMismatch(
                                      expected,
                                      readStored
                                          .readStored(id, false)
                                          .map(p -> p.version())
                                          .getOrElse(current.version())));
                    })
                .map(
                    stored ->
                        new Restored(
                            stored,
                            recordVersion.recordVersion(
                                id,
                                command.caller(),
                                VersionNotes.message("Restored from version " + number)))));
  }
}
