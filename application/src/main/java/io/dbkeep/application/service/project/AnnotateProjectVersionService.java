package io.dbkeep.application.service.project;

import io.dbkeep.application.port.in.project.AnnotateProjectVersionCommand;
import io.dbkeep.application.port.in.project.AnnotateProjectVersionUseCase;
import io.dbkeep.application.port.out.project.AnnotateProjectVersionPort;
import io.dbkeep.application.port.out.project.ReadProjectVersionsPort;
import io.dbkeep.application.port.out.project.ReadStoredProjectPort;
import io.dbkeep.application.port.out.transaction.UnitOfWork;
import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.project.ProjectVersion;
import io.vavr.control.Either;

public final class AnnotateProjectVersionService implements AnnotateProjectVersionUseCase {

  private final UnitOfWork unitOfWork;
  private final ReadStoredProjectPort readStored;
  private final ReadProjectVersionsPort readVersions;
  private final AnnotateProjectVersionPort annotate;

  public AnnotateProjectVersionService(
      UnitOfWork unitOfWork,
      ReadStoredProjectPort readStored,
      ReadProjectVersionsPort readVersions,
      AnnotateProjectVersionPort annotate) {
    this.unitOfWork = unitOfWork;
    this.readStored = readStored;
    this.readVersions = readVersions;
    this.annotate = annotate;
  }

  @Override
  public Either<ProjectError, ProjectVersion> annotateVersion(
      AnnotateProjectVersionCommand command) {
    var id = command.id();
    var number = command.number();
    return unitOfWork.inTransaction(
        () ->
            ProjectAccess.visibleStored(command.caller(), id, readStored.readStored(id, false))
                .flatMap(
                    project ->
                        readVersions
                            .readVersion(id, number, false)
                            .toEither(() -> ProjectError.versionNotFound(id, number)))
                .flatMap(
                    version ->
                        version.notes().apply(command.change()).mapLeft(ProjectError::invalid))
                .flatMap(
                    notes ->
                        annotate
                            .annotateVersion(id, number, notes)
                            .toEither(() -> ProjectError.versionNotFound(id, number))));
  }
}
