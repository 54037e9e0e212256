package io.dbkeep.application.service.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dbkeep.application.fake.InMemoryDatabase;
import io.dbkeep.application.fake.InMemoryProjectPersistence;
import io.dbkeep.application.fake.InMemoryProjectVersions;
import io.dbkeep.application.fake.InMemoryUserPersistence;
import io.dbkeep.application.port.in.project.CreateProjectCommand;
import io.dbkeep.application.port.in.project.DeleteProjectCommand;
import io.dbkeep.application.port.in.project.UpdateProjectCommand;
import io.dbkeep.application.service.user.EnsureGuestUserService;
import io.dbkeep.domain.json.JsonArray;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.json.JsonString;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.project.ExpectedVersion;
import io.dbkeep.domain.project.Project;
import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.project.ProjectName;
import io.dbkeep.domain.project.SavedProject;
import io.dbkeep.domain.schema.ReadDocument;
import io.dbkeep.domain.schema.SchemaDocumentReader;
import io.dbkeep.domain.schema.SchemaLimits;
import io.dbkeep.domain.user.Email;
import io.dbkeep.domain.user.Role;
import io.dbkeep.domain.user.User;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProjectServicesTest {

  private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
  private InMemoryDatabase database;
  private InMemoryProjectPersistence projects;
  private CreateProjectService create;
  private GetProjectService get;
  private UpdateProjectService update;
  private DeleteProjectService delete;
  private DuplicateProjectService duplicate;
  private ListProjectsService list;
  private final UserId alice = new UserId("alice");
  private final UserId mallory = new UserId("mallory");

  @BeforeEach
  void wire() {
    database = new InMemoryDatabase();
    projects = new InMemoryProjectPersistence(database);
    var users = new InMemoryUserPersistence(database);
    create =
        new CreateProjectService(database, projects, new InMemoryProjectVersions(database), clock);
    get = new GetProjectService(database, projects);
    update =
        new UpdateProjectService(
            database, projects, projects, new InMemoryProjectVersions(database), clock);
    delete = new DeleteProjectService(database, projects, projects);
    duplicate =
        new DuplicateProjectService(
            database, projects, projects, new InMemoryProjectVersions(database), clock);
    list = new ListProjectsService(database, projects);
    database.inTransaction(
        () -> {
          users.insertIfAbsent(user(alice, "Alice"));
          users.insertIfAbsent(user(mallory, "Mallory"));
          return Either.right(true);
        });
  }

  @Test
  void createdProjectIsStoredAtVersionOneWithAnEmptyDocument() {
    var created = createFor(alice, "Shop");

    assertThat(created.version()).isEqualTo(1);
    assertThat(created.owner().ownerId()).isEqualTo("alice");
    assertThat(created.data()).isEqualTo(Project.emptyDocument());
    assertThat(get.getProject(alice, created.id()).get()).isEqualTo(created);
  }

  @Test
  void someoneElsesProjectIsNotFound() {
    var created = createFor(alice, "Shop");

    assertThat(get.getProject(mallory, created.id()).getLeft().code())
        .isEqualTo(ProjectError.Code.PROJECT_NOT_FOUND);
    assertThat(duplicate.duplicateProject(mallory, created.id()).getLeft().code())
        .isEqualTo(ProjectError.Code.PROJECT_NOT_FOUND);
    assertThat(
            update
                .updateProject(
                    new UpdateProjectCommand(
                        mallory,
                        created.id(),
                        Option.of(new ProjectName("Mine")),
                        Option.none(),
                        Option.none(),
                        Option.none()))
                .getLeft()
                .code())
        .isEqualTo(ProjectError.Code.PROJECT_NOT_FOUND);
    assertThat(
            delete
                .deleteProject(new DeleteProjectCommand(mallory, created.id(), Option.none()))
                .getLeft()
                .code())
        .isEqualTo(ProjectError.Code.PROJECT_NOT_FOUND);
    assertThat(get.getProject(alice, created.id()).get()).isEqualTo(created);
  }

  @Test
  void updateWithTheCurrentVersionAppliesEveryGivenField() {
    var created = createFor(alice, "Shop");
    JsonValue document =
        new JsonObject(Map.of("tables", JsonArray.of(), "note", new JsonString("x")));

    var updated =
        update.updateProject(
            new UpdateProjectCommand(
                alice,
                created.id(),
                Option.of(new ProjectName("Store")),
                Option.of(Engine.MYSQL),
                Option.of(document),
                Option.of(ExpectedVersion.of(1))));

    var stored = updated.get().project();
    assertThat(stored.version()).isEqualTo(2);
    assertThat(stored.name().value()).isEqualTo("Store");
    assertThat(stored.engine()).isEqualTo(Engine.MYSQL);
    assertThat(stored.data()).isEqualTo(Project.emptyDocument().with("note", new JsonString("x")));
  }

  @Test
  void aDocumentReadFromTheBodySavesAsItsTreeDoes() {
    var column =
        new JsonObject(
            Map.of(
                "id", new JsonString("c"),
                "name", new JsonString("id"),
                "type", new JsonString("INTEGER"),
                "primaryKey", io.dbkeep.domain.json.JsonBoolean.TRUE));
    JsonValue document =
        new JsonObject(
            Map.of(
                "tables",
                JsonArray.of(
                    new JsonObject(
                        Map.of(
                            "id",
                            new JsonString("t"),
                            "name",
                            new JsonString("users"),
                            "columns",
                            JsonArray.of(column)))),
                "note",
                new JsonString("x")));
    var read = new ReadDocument(new SchemaDocumentReader().read(document), SchemaLimits.DEFAULT);
    var byTree = createFor(alice, "Tree");
    var byRead = createFor(alice, "Read");

    var fromTree =
        update.updateProject(
            new UpdateProjectCommand(
                alice,
                byTree.id(),
                Option.none(),
                Option.none(),
                Option.of(document),
                Option.none()));
    var fromRead =
        update.updateProject(
            new UpdateProjectCommand(
                alice,
                byRead.id(),
                Option.none(),
                Option.none(),
                Option.none(),
                Option.none(),
                true,
                Option.of(read)));
    var created =
        create.createProject(
            new CreateProjectCommand(
                alice,
                new ProjectName("Created"),
                Engine.POSTGRESQL,
                Option.none(),
                Option.of(read)));

    assertThat(fromRead.get().project().data()).isEqualTo(fromTree.get().project().data());
    assertThat(fromRead.get().problems()).isEqualTo(fromTree.get().problems());
    assertThat(created.get().project().data()).isEqualTo(fromTree.get().project().data());
    assertThat(created.get().problems()).isEqualTo(fromTree.get().problems());
    // stored, normalised, with its unknown member
    assertThat(((JsonObject) fromTree.get().project().data()).get("note").get())
        .isEqualTo(new JsonString("x"));
  }

  @Test
  void aDocumentReadByOtherLimitsThanTheServicesIsAWiringError() {
    var created = createFor(alice, "Shop");
    var read =
        new ReadDocument(
            new SchemaDocumentReader().read(JsonObject.empty()), new SchemaLimits(5, 4));

    assertThatThrownBy(
            () ->
                update.updateProject(
                    new UpdateProjectCommand(
                        alice,
                        created.id(),
                        Option.none(),
                        Option.none(),
                        Option.none(),
                        Option.none(),
                        true,
                        Option.of(read))))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void updateWithAListOfVersionsHoldingTheCurrentOneOrAnyVersionIsApplied() {
    var created = createFor(alice, "Shop");
    rename(created, "First", Option.none());

    var listed =
        rename(created, "Second", Option.of(ExpectedVersion.oneOf(java.util.List.of(2L, 3L))));
    var any = rename(created, "Third", Option.of(ExpectedVersion.ANY));
    var unlisted =
        rename(created, "Fourth", Option.of(ExpectedVersion.oneOf(java.util.List.of(1L, 2L))));

    assertThat(listed.get().version()).isEqualTo(3);
    assertThat(any.get().version()).isEqualTo(4);
    assertThat(unlisted.getLeft().code()).isEqualTo(ProjectError.Code.VERSION_MISMATCH);
    assertThat(get.getProject(alice, created.id()).get().name().value()).isEqualTo("Third");
  }

  @Test
  void updateWithAStaleVersionIsRefusedWithTheCurrentVersionAndChangesNothing() {
    var created = createFor(alice, "Shop");
    rename(created, "First", Option.none());

    var refused = rename(created, "Second", Option.of(ExpectedVersion.of(1)));

    assertThat(refused.getLeft().code()).isEqualTo(ProjectError.Code.VERSION_MISMATCH);
    assertThat(refused.getLeft().currentVersion()).contains(2L);
    assertThat(get.getProject(alice, created.id()).get().name().value()).isEqualTo("First");
  }

  @Test
  void concurrentUpdatesWithoutAVersionAreAllApplied() throws Exception {
    var created = createFor(alice, "Shop");
    var pool = Executors.newFixedThreadPool(8);
    for (int i = 0; i < 20; i++) {
      var name = "Name " + i;
      pool.submit(() -> rename(created, name, Option.none()));
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

    assertThat(get.getProject(alice, created.id()).get().version()).isEqualTo(21);
  }

  @Test
  void deleteWithAStaleVersionIsRefused() {
    var created = createFor(alice, "Shop");
    rename(created, "First", Option.none());

    var refused =
        delete.deleteProject(
            new DeleteProjectCommand(alice, created.id(), Option.of(ExpectedVersion.of(1))));

    assertThat(refused.getLeft().code()).isEqualTo(ProjectError.Code.VERSION_MISMATCH);
    assertThat(get.getProject(alice, created.id())).isNotEmpty();
  }

  @Test
  void deleteRemovesTheProject() {
    var created = createFor(alice, "Shop");

    assertThat(
            delete
                .deleteProject(new DeleteProjectCommand(alice, created.id(), Option.none()))
                .get())
        .isEqualTo(created.id());
    assertThat(get.getProject(alice, created.id()).getLeft().code())
        .isEqualTo(ProjectError.Code.PROJECT_NOT_FOUND);
  }

  @Test
  void duplicateCopiesTheDocumentUnderANewIdAndName() {
    var created = createFor(alice, "Shop");

    var copy = duplicate.duplicateProject(alice, created.id()).get();

    assertThat(copy.id()).isNotEqualTo(created.id());
    assertThat(copy.name().value()).isEqualTo("Shop (copy)");
    assertThat(copy.data()).isEqualTo(created.data());
    assertThat(copy.version()).isEqualTo(1);
  }

  @Test
  void listShowsOnlyTheCallersProjects() {
    var mine = createFor(alice, "Mine");
    createFor(mallory, "Theirs");

    assertThat(list.listProjects(alice)).extracting(s -> s.id()).containsExactly(mine.id());
  }

  @Test
  void ensuringTheGuestUserTwiceKeepsOneGuest() {
    var users = new InMemoryUserPersistence(database);
    var ensure = new EnsureGuestUserService(database, users, users, clock);

    var first = ensure.ensureGuestUser();
    var second = ensure.ensureGuestUser();

    assertThat(first).isEqualTo(second);
    assertThat(first.id()).isEqualTo(UserId.GUEST);
  }

  private Project createFor(UserId owner, String name) {
    return create
        .createProject(
            new CreateProjectCommand(
                owner, new ProjectName(name), Engine.POSTGRESQL, Option.none()))
        .get()
        .project();
  }

  private Either<ProjectError, Project> rename(
      Project project, String name, Option<ExpectedVersion> expected) {
    return update
        .updateProject(
            new UpdateProjectCommand(
                alice,
                project.id(),
                Option.of(new ProjectName(name)),
                Option.none(),
                Option.none(),
                expected))
        .map(SavedProject::project);
  }

  private User user(UserId id, String name) {
    return new User(
        id,
        name,
        new Email(id.value() + "@example.com"),
        true,
        Option.none(),
        Role.USER,
        false,
        Option.none(),
        Option.none(),
        clock.instant(),
        clock.instant());
  }
}
