package io.dbkeep.application.service.replica;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.application.port.in.project.DeleteProjectCommand;
import io.dbkeep.application.port.in.project.ListProjectsQuery;
import io.dbkeep.application.port.in.project.RestoreProjectVersionCommand;
import io.dbkeep.application.port.in.project.RestoreProjectVersionUseCase;
import io.dbkeep.application.port.out.replica.ReplicaPositionPort;
import io.dbkeep.domain.project.ExpectedVersion;
import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.project.ProjectId;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReadYourWritesServiceTest {

  private final UserId ada = new UserId("ada");
  private final UserId bob = new UserId("bob");
  private final List<String> listedFrom = new ArrayList<>();

  /** Positions kept as "who wrote since the replica last caught up". */
  private final class Positions implements ReplicaPositionPort {
    final Set<UserId> ahead = new HashSet<>();
    boolean failing;

    @Override
    public void recordWriteBy(UserId author) {
      if (failing) {
        throw new IllegalStateException("primary gone");
      }
      ahead.add(author);
    }

    @Override
    public boolean replicaHasWritesOf(UserId author) {
      if (failing) {
        throw new IllegalStateException("primary gone");
      }
      return !ahead.contains(author);
    }
  }

  private final Positions positions = new Positions();
  private ListProjectsQuery replicaList =
      caller -> {
        listedFrom.add("replica");
        return List.of();
      };

  private ReadYourWritesService service() {
    ListProjectsQuery primaryList =
        caller -> {
          listedFrom.add("primary");
          return List.of();
        };
    return new ReadYourWritesService(
        new ReadYourWritesService.Delegates(
            primaryList,
            caller -> replicaList.listProjects(caller),
            command -> Either.left(ProjectError.notFound("x")),
            command -> Either.left(ProjectError.notFound("x")),
            (caller, id) -> Either.left(ProjectError.notFound(id)),
            command ->
                command.expectedVersion().isDefined()
                    ? Either.left(ProjectError.versionMismatch(1, 2))
                    : Either.right(command.id()),
            command -> Either.left(ProjectError.notFound("x"))),
        positions);
  }

  @Test
  void listsGoToTheReplicaUntilTheCallerWritesThenToThePrimary() {
    var service = service();
    var id = ProjectId.generate();

    service.listProjects(ada);
    service.deleteProject(new DeleteProjectCommand(ada, id, Option.none()));
    service.listProjects(ada);
    service.listProjects(bob);

    assertThat(listedFrom).containsExactly("replica", "primary", "replica");
  }

  @Test
  void aRefusedWriteRecordsNothing() {
    var service = service();

    service.deleteProject(
        new DeleteProjectCommand(ada, ProjectId.generate(), Option.of(ExpectedVersion.of(1))));
    service.listProjects(ada);

    assertThat(positions.ahead).isEmpty();
    assertThat(listedFrom).containsExactly("replica");
  }

  @Test
  void aFailingReplicaOrPositionStoreSendsListsToThePrimary() {
    replicaList =
        caller -> {
          throw new IllegalStateException("replica down");
        };
    var service = service();
    service.listProjects(ada);

    positions.failing = true;
    service.listProjects(ada);
    var deleted =
        service.deleteProject(new DeleteProjectCommand(ada, ProjectId.generate(), Option.none()));

    assertThat(listedFrom).containsExactly("primary", "primary");
    assertThat(deleted.isRight()).as("a committed write stands when its position is lost").isTrue();
  }

  @Test
  void aRefusedRestoreRecordsNothing() {
    var service = service();
    RestoreProjectVersionUseCase restore =
        service.recordingRestores(command -> Either.left(ProjectError.notFound(command.id())));

    restore.restoreVersion(
        new RestoreProjectVersionCommand(
            ada, ProjectId.generate(), 1, Option.of(ExpectedVersion.of(1))));

    assertThat(positions.ahead).as("a refused restore records nothing").isEmpty();
  }
}
