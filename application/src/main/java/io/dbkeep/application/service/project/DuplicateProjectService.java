package io.dbkeep.application.service.project;

import io.dbkeep.application.port.in.project.DuplicateProjectUseCase;
import io.dbkeep.application.port.out.project.LoadProjectPort;
import io.dbkeep.application.port.out.project.RecordProjectVersionPort;
import io.dbkeep.application.port.out.project.SaveProjectPort;
import io.dbkeep.application.port.out.transaction.UnitOfWork;
import io.dbkeep.domain.project.Project;
import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.project.ProjectId;
import io.dbkeep.domain.project.VersionNotes;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Either;
import java.time.Clock;

public final class DuplicateProjectService implements DuplicateProjectUseCase {

  private final UnitOfWork unitOfWork;
  private final LoadProjectPort loadProject;
  private final SaveProjectPort saveProject;
  private final RecordProjectVersionPort recordVersion;
  private final Clock clock;

  public DuplicateProjectService(
      UnitOfWork unitOfWork,
      LoadProjectPort loadProject,
      SaveProjectPort saveProject,
      RecordProjectVersionPort recordVersion,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.loadProject = loadProject;
    this.saveProject = saveProject;
    this.recordVersion = recordVersion;
    this.clock = clock;
  }

  @Override
  public Either<ProjectError, Project> duplicateProject(UserId caller, ProjectId id) {
    return unitOfWork.inTransaction(
        () ->
            ProjectAccess.visibleTo(caller, id, loadProject.load(id))
                .map(original -> original.duplicateFor(caller, Now.of(clock)))
                .map(saveProject::insert)
                .peek(
                    copy ->
                        recordVersion.recordVersion(
                            copy.id(),
                            caller,
                            VersionNotes.message("Duplicated from project " + id))));
  }
}
