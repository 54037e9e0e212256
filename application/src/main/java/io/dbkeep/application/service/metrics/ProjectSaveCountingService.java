package io.dbkeep.application.service.metrics;

import io.dbkeep.application.port.in.project.CreateProjectCommand;
import io.dbkeep.application.port.in.project.CreateProjectUseCase;
import io.dbkeep.application.port.in.project.DuplicateProjectUseCase;
import io.dbkeep.application.port.in.project.UpdateProjectCommand;
import io.dbkeep.application.port.in.project.UpdateProjectUseCase;
import io.dbkeep.application.port.in.schema.ImportProjectCommand;
import io.dbkeep.application.port.in.schema.ImportProjectUseCase;
import io.dbkeep.application.port.out.metrics.RecordActivityPort;
import io.dbkeep.domain.project.Project;
import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.project.ProjectId;
import io.dbkeep.domain.project.SavedProject;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Either;

/**
 * Counts committed project saves around the use cases that save: a create, update, duplicate or
 * import that returns a project (its transaction committed) counts once; a refusal or failure
 * counts nothing.
 */
public final class ProjectSaveCountingService
    implements CreateProjectUseCase,
        UpdateProjectUseCase,
        DuplicateProjectUseCase,
        ImportProjectUseCase {

  private final CreateProjectUseCase create;
  private final UpdateProjectUseCase update;
  private final DuplicateProjectUseCase duplicate;
  private final ImportProjectUseCase importing;
  private final RecordActivityPort activity;

  public ProjectSaveCountingService(
      CreateProjectUseCase create,
      UpdateProjectUseCase update,
      DuplicateProjectUseCase duplicate,
      ImportProjectUseCase importing,
      RecordActivityPort activity) {
    this.create = create;
    this.update = update;
    this.duplicate = duplicate;
    this.importing = importing;
    this.activity = activity;
  }

  @Override
  public Either<ProjectError, SavedProject> createProject(CreateProjectCommand command) {
    return counted(create.createProject(command));
  }

  @Override
  public Either<ProjectError, SavedProject> updateProject(UpdateProjectCommand command) {
    return counted(update.updateProject(command));
  }

  @Override
  public Either<ProjectError, Project> duplicateProject(UserId caller, ProjectId id) {
    return counted(duplicate.duplicateProject(caller, id));
  }

  @Override
  public Either<ProjectError, SavedProject> importProject(ImportProjectCommand command) {
    return counted(importing.importProject(command));
  }

  private <T> Either<ProjectError, T> counted(Either<ProjectError, T> result) {
    if (result.isRight()) {
      activity.projectSaved();
    }
    return result;
  }
}
