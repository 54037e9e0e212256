package io.dbkeep.application.service.replica;

import io.dbkeep.application.port.in.project.CreateProjectCommand;
import io.dbkeep.application.port.in.project.CreateProjectUseCase;
import io.dbkeep.application.port.in.project.DeleteProjectCommand;
import io.dbkeep.application.port.in.project.DeleteProjectUseCase;
import io.dbkeep.application.port.in.project.DuplicateProjectUseCase;
import io.dbkeep.application.port.in.project.ListProjectsQuery;
import io.dbkeep.application.port.in.project.RestoreProjectVersionUseCase;
import io.dbkeep.application.port.in.project.UpdateProjectCommand;
import io.dbkeep.application.port.in.project.UpdateProjectUseCase;
import io.dbkeep.application.port.in.schema.ImportProjectCommand;
import io.dbkeep.application.port.in.schema.ImportProjectUseCase;
import io.dbkeep.application.port.out.replica.ReplicaPositionPort;
import io.dbkeep.domain.project.Project;
import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.project.ProjectId;
import io.dbkeep.domain.project.ProjectSummary;
import io.dbkeep.domain.project.SavedProject;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Either;
import java.util.List;
import java.util.Objects;

/**
 * Project lists from a read replica, with read-your-writes: each committed project write records
 * the primary's write position for its author; a list goes to the replica only when the replica has
 * replayed the caller's latest write, else to the primary. Anything else about the replica (down,
 * lagging, failing) also sends the list to the primary. Other callers' writes may show up on a list
 * a moment late; that is the lag lists tolerate.
 */
public final class ReadYourWritesService
    implements ListProjectsQuery,
        CreateProjectUseCase,
        UpdateProjectUseCase,
        DuplicateProjectUseCase,
        DeleteProjectUseCase,
        ImportProjectUseCase {

  /** The use cases wrapped: writes go to the primary, lists to either. */
  public record Delegates(
      ListProjectsQuery primaryList,
      ListProjectsQuery replicaList,
      CreateProjectUseCase create,
      UpdateProjectUseCase update,
      DuplicateProjectUseCase duplicate,
      DeleteProjectUseCase delete,
      ImportProjectUseCase importing) {
    public Delegates {
      Objects.requireNonNull(primaryList, "primaryList");
      Objects.requireNonNull(replicaList, "replicaList");
      Objects.requireNonNull(create, "create");
      Objects.requireNonNull(update, "update");
      Objects.requireNonNull(duplicate, "duplicate");
      Objects.requireNonNull(delete, "delete");
      Objects.requireNonNull(importing, "importing");
    }
  }

  private final Delegates delegates;
  private final ReplicaPositionPort positions;

  public ReadYourWritesService(Delegates delegates, ReplicaPositionPort positions) {
    this.delegates = Objects.requireNonNull(delegates, "delegates");
    this.positions = Objects.requireNonNull(positions, "positions");
  }

  @Override
  public List<ProjectSummary> listProjects(UserId caller) {
    boolean replicaIsCurrent;
    try {
      replicaIsCurrent = positions.replicaHasWritesOf(caller);
    } catch (RuntimeException e) {
      replicaIsCurrent = false;
    }
    if (replicaIsCurrent) {
      try {
        return delegates.replicaList().listProjects(caller);
      } catch (RuntimeException replicaFailed) {
        // fall through to the primary
      }
    }
    return delegates.primaryList().listProjects(caller);
  }

  @Override
  public Either<ProjectError, SavedProject> createProject(CreateProjectCommand command) {
    return recorded(command.caller(), delegates.create().createProject(command));
  }

  @Override
  public Either<ProjectError, SavedProject> updateProject(UpdateProjectCommand command) {
    return recorded(command.caller(), delegates.update().updateProject(command));
  }

  @Override
  public Either<ProjectError, Project> duplicateProject(UserId caller, ProjectId id) {
    return recorded(caller, delegates.duplicate().duplicateProject(caller, id));
  }

  @Override
  public Either<ProjectError, ProjectId> deleteProject(DeleteProjectCommand command) {
    return recorded(command.caller(), delegates.delete().deleteProject(command));
  }

  @Override
  public Either<ProjectError, SavedProject> importProject(ImportProjectCommand command) {
    return recorded(command.caller(), delegates.importing().importProject(command));
  }

  /** {@code restore}, recording the author's position after each restore that committed. */
  public RestoreProjectVersionUseCase recordingRestores(RestoreProjectVersionUseCase restore) {
    Objects.requireNonNull(restore, "restore");
    return command -> recorded(command.caller(), restore.restoreVersion(command));
  }

  /**
   * After a committed write, its author's position; a failure to record it is not the write's
   * failure (the write is committed), the author's next list may then lag by the replica's delay.
   */
  private <T> Either<ProjectError, T> recorded(UserId author, Either<ProjectError, T> result) {
    if (result.isRight()) {
      try {
        positions.recordWriteBy(author);
      } catch (RuntimeException e) {
        // the write stands; see above
      }
    }
    return result;
  }
}
