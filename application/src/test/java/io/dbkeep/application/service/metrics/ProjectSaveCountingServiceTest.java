package io.dbkeep.application.service.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.application.fake.InMemoryDatabase;
import io.dbkeep.application.fake.InMemoryProjectPersistence;
import io.dbkeep.application.fake.InMemoryProjectVersions;
import io.dbkeep.application.fake.InMemoryUserPersistence;
import io.dbkeep.application.port.in.project.CreateProjectCommand;
import io.dbkeep.application.port.in.schema.ImportProjectCommand;
import io.dbkeep.application.port.out.metrics.RecordActivityPort;
import io.dbkeep.application.service.project.CreateProjectService;
import io.dbkeep.application.service.project.DuplicateProjectService;
import io.dbkeep.application.service.project.ImportProjectService;
import io.dbkeep.application.service.project.UpdateProjectService;
import io.dbkeep.application.service.user.EnsureGuestUserService;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.json.JsonString;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.project.Project;
import io.dbkeep.domain.project.ProjectName;
import io.dbkeep.domain.schema.SchemaLimits;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProjectSaveCountingServiceTest {

  private final AtomicInteger saves = new AtomicInteger();
  private ProjectSaveCountingService service;

  @BeforeEach
  void wire() {
    var clock = Clock.systemUTC();
    var database = new InMemoryDatabase();
    var projects = new InMemoryProjectPersistence(database);
    var users = new InMemoryUserPersistence(database);
    new EnsureGuestUserService(database, users, users, clock).ensureGuestUser();
    var limits = SchemaLimits.DEFAULT;
    RecordActivityPort counting =
        new RecordActivityPort() {
          @Override
          public void projectSaved() {
            saves.incrementAndGet();
          }

          @Override
          public void signInSucceeded() {}

          @Override
          public void signInFailed() {}
        };
    service =
        new ProjectSaveCountingService(
            new CreateProjectService(
                database, projects, new InMemoryProjectVersions(database), clock, limits),
            new UpdateProjectService(
                database, projects, projects, new InMemoryProjectVersions(database), clock, limits),
            new DuplicateProjectService(
                database, projects, projects, new InMemoryProjectVersions(database), clock),
            new ImportProjectService(
                database, projects, new InMemoryProjectVersions(database), limits, clock),
            counting);
  }

  @Test
  void everyCommittedSaveCountsOnceAndRefusalsCountNothing() {
    var created =
        service
            .createProject(
                new CreateProjectCommand(
                    UserId.GUEST, new ProjectName("Shop"), Engine.POSTGRESQL, Option.none()))
            .get();
    service.duplicateProject(UserId.GUEST, created.project().id());
    service.importProject(
        new ImportProjectCommand(
            UserId.GUEST,
            new JsonObject(
                Map.of(
                    "version",
                    new JsonString("1.0"),
                    "project",
                    new JsonObject(
                        Map.of(
                            "name", new JsonString("Imported"),
                            "engine", new JsonString("SQLite")))))));
    assertThat(saves).hasValue(3);

    var refused =
        service.importProject(new ImportProjectCommand(UserId.GUEST, Project.emptyDocument()));
    var foreign = service.duplicateProject(new UserId("someone-else"), created.project().id());

    assertThat(refused.isLeft()).isTrue();
    assertThat(foreign.isLeft()).isTrue();
    assertThat(saves).hasValue(3);
  }
}
