package io.dbkeep.application.service.project;

import io.dbkeep.application.port.in.project.CreateProjectCommand;
import io.dbkeep.application.port.in.project.CreateProjectUseCase;
import io.dbkeep.application.port.out.project.SaveProjectPort;
import io.dbkeep.application.port.out.transaction.UnitOfWork;
import io.dbkeep.domain.project.Project;
import io.dbkeep.domain.project.ProjectError;
import io.vavr.control.Either;
import java.time.Clock;

public final class CreateProjectService implements CreateProjectUseCase {

  private final UnitOfWork unitOfWork;
  private final SaveProjectPort saveProject;
  private final Clock clock;

  public CreateProjectService(UnitOfWork unitOfWork, SaveProjectPort saveProject, Clock clock) {
    this.unitOfWork = unitOfWork;
    this.saveProject = saveProject;
    this.clock = clock;
  }

  @Override
  public Either<ProjectError, Project> createProject(CreateProjectCommand command) {
    var project =
        Project.create(
            command.name(), command.engine(), command.caller(), command.data(), Now.of(clock));
    return unitOfWork.inTransaction(() -> Either.right(saveProject.insert(project)));
  }
}
