package io.dbkeep.application.service.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.application.fake.InMemoryDatabase;
import io.dbkeep.application.fake.InMemoryProjectPersistence;
import io.dbkeep.application.fake.InMemoryProjectVersions;
import io.dbkeep.application.fake.InMemoryUserPersistence;
import io.dbkeep.application.port.in.project.AnnotateProjectVersionCommand;
import io.dbkeep.application.port.in.project.CreateProjectCommand;
import io.dbkeep.application.port.in.project.RestoreProjectVersionCommand;
import io.dbkeep.application.port.in.project.UpdateProjectCommand;
import io.dbkeep.application.port.in.schema.ImportProjectCommand;
import io.dbkeep.domain.json.JsonArray;
import io.dbkeep.domain.json.JsonBoolean;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.json.JsonString;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.problem.Problem;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.project.ExpectedVersion;
import io.dbkeep.domain.project.Project;
import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.project.ProjectId;
import io.dbkeep.domain.project.ProjectName;
import io.dbkeep.domain.project.ProjectVersion;
import io.dbkeep.domain.project.VersionNotes;
import io.dbkeep.domain.schema.SchemaLimits;
import io.dbkeep.domain.schema.diff.SchemaChange;
import io.dbkeep.domain.user.Email;
import io.dbkeep.domain.user.Role;
import io.dbkeep.domain.user.User;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every stored change records a version; the version use cases over in-memory ports. */
class ProjectVersionServicesTest {

  private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
  private final UserId alice = new UserId("alice");
  private final UserId mallory = new UserId("mallory");
  private final SchemaLimits limits = SchemaLimits.DEFAULT;
  private InMemoryDatabase database;
  private InMemoryProjectPersistence projects;
  private InMemoryProjectVersions versions;
  private CreateProjectService create;
  private UpdateProjectService update;
  private ListProjectVersionsService list;
  private GetProjectVersionService get;
  private AnnotateProjectVersionService annotate;
  private RestoreProjectVersionService restore;
  private PlanVersionMigrationService migration;

  @BeforeEach
  void wire() {
    database = new InMemoryDatabase();
    projects = new InMemoryProjectPersistence(database);
    versions = new InMemoryProjectVersions(database);
    var users = new InMemoryUserPersistence(database);
    create = new CreateProjectService(database, projects, versions, clock, limits);
    update = new UpdateProjectService(database, projects, projects, versions, clock, limits);
    list = new ListProjectVersionsService(database, projects, versions);
    get = new GetProjectVersionService(database, projects, versions);
    annotate = new AnnotateProjectVersionService(database, projects, versions, versions);
    restore =
        new RestoreProjectVersionService(database, projects, versions, versions, versions, clock);
    migration = new PlanVersionMigrationService(database, projects, versions, limits);
    database.inTransaction(
        () -> {
          users.insertIfAbsent(user(alice));
          users.insertIfAbsent(user(mallory));
          return Either.right(true);
        });
  }

  @Test
  void creatingAndEveryUpdateRecordAVersionByTheCaller() {
    var project = created("Shop", document("orders"));
    updated(
        project.id(),
        Option.none(),
        Option.of(document("purchases")),
        Option.of(ExpectedVersion.of(1)));
    updated(project.id(), Option.of(Engine.SQLITE), Option.none(), Option.none());

    var page = list.listVersions(alice, project.id(), Option.none(), 10).get();

    assertThat(page.versions()).extracting(ProjectVersion::number).containsExactly(3L, 2L, 1L);
    assertThat(page.versions()).extracting(ProjectVersion::revision).containsExactly(3L, 2L, 1L);
    assertThat(page.versions()).allSatisfy(v -> assertThat(v.author()).isEqualTo(alice));
    assertThat(page.versions().get(0).engine()).isEqualTo(Engine.SQLITE);
    assertThat(page.nextBefore()).isEmpty();
    assertThat(get.getVersion(alice, project.id(), 2).get().dataJson().get()).contains("purchases");
  }

  @Test
  void aRefusedUpdateRecordsNothing() {
    var project = created("Shop", document("orders"));

    var stale =
        update.updateProject(
            new UpdateProjectCommand(
                alice,
                project.id(),
                Option.of(new ProjectName("Late")),
                Option.none(),
                Option.none(),
                Option.of(ExpectedVersion.of(7))));

    assertThat(stale.getLeft().code()).isEqualTo(ProjectError.Code.VERSION_MISMATCH);
    assertThat(list.listVersions(alice, project.id(), Option.none(), 10).get().versions())
        .hasSize(1);
  }

  @Test
  void duplicateAndImportStartAHistoryAtOne() {
    var original = created("Shop", document("orders"));
    var copy =
        new DuplicateProjectService(database, projects, projects, versions, clock)
            .duplicateProject(alice, original.id())
            .get();
    var imported =
        new ImportProjectService(database, projects, versions, limits, clock)
            .importProject(new ImportProjectCommand(alice, envelope("Imported", "orders")))
            .get()
            .project();

    var copyVersions = list.listVersions(alice, copy.id(), Option.none(), 10).get().versions();
    var importVersions =
        list.listVersions(alice, imported.id(), Option.none(), 10).get().versions();

    assertThat(copyVersions).singleElement().satisfies(v -> assertThat(v.number()).isEqualTo(1));
    assertThat(copyVersions.get(0).notes().message().get()).contains(original.id().toString());
    assertThat(importVersions).singleElement().satisfies(v -> assertThat(v.number()).isEqualTo(1));
    assertThat(importVersions.get(0).name().value()).isEqualTo("Imported");
  }

  @Test
  void listingPagesWithNextBeforeAndRefusesABadLimit() {
    var project = created("Shop", document("orders"));
    for (int i = 0; i < 4; i++) {
      updated(project.id(), Option.none(), Option.of(document("t" + i)), Option.none());
    }

    var first = list.listVersions(alice, project.id(), Option.none(), 2).get();
    var second = list.listVersions(alice, project.id(), first.nextBefore(), 2).get();
    var last = list.listVersions(alice, project.id(), second.nextBefore(), 2).get();

    assertThat(first.versions()).extracting(ProjectVersion::number).containsExactly(5L, 4L);
    assertThat(first.nextBefore()).contains(4L);
    assertThat(second.versions()).extracting(ProjectVersion::number).containsExactly(3L, 2L);
    assertThat(last.versions()).extracting(ProjectVersion::number).containsExactly(1L);
    assertThat(last.nextBefore()).isEmpty();
    assertThat(list.listVersions(alice, project.id(), Option.none(), 0).getLeft().code())
        .isEqualTo(ProjectError.Code.VALIDATION_ERROR);
    assertThat(list.listVersions(alice, project.id(), Option.none(), 201).getLeft().code())
        .isEqualTo(ProjectError.Code.VALIDATION_ERROR);
  }

  @Test
  void someoneElsesVersionsAreNotFound() {
    var project = created("Shop", document("orders"));

    assertThat(list.listVersions(mallory, project.id(), Option.none(), 10).getLeft().code())
        .isEqualTo(ProjectError.Code.PROJECT_NOT_FOUND);
    assertThat(get.getVersion(mallory, project.id(), 1).getLeft().code())
        .isEqualTo(ProjectError.Code.PROJECT_NOT_FOUND);
    assertThat(annotate.annotateVersion(label(mallory, project.id(), 1, "x")).getLeft().code())
        .isEqualTo(ProjectError.Code.PROJECT_NOT_FOUND);
    assertThat(
            restore
                .restoreVersion(
                    new RestoreProjectVersionCommand(
                        mallory, project.id(), 1, Option.of(ExpectedVersion.of(1))))
                .getLeft()
                .code())
        .isEqualTo(ProjectError.Code.PROJECT_NOT_FOUND);
    assertThat(
            migration
                .planVersionMigration(mallory, project.id(), 1, 1, Option.none(), false)
                .getLeft()
                .code())
        .isEqualTo(ProjectError.Code.PROJECT_NOT_FOUND);
  }

  @Test
  void restoringRecordsANewVersionEqualToTheOldOne() {
    var project = created("Shop", document("orders"));
    updated(project.id(), Option.of(Engine.MYSQL), Option.of(document("other")), Option.none());

    var restored =
        restore
            .restoreVersion(
                new RestoreProjectVersionCommand(
                    alice, project.id(), 1, Option.of(ExpectedVersion.of(2))))
            .get();

    assertThat(restored.versionNumber()).isEqualTo(3);
    assertThat(restored.project().version()).isEqualTo(3);
    assertThat(restored.project().engine()).isEqualTo(Engine.POSTGRESQL);
    var v1 = get.getVersion(alice, project.id(), 1).get();
    var v3 = get.getVersion(alice, project.id(), 3).get();
    assertThat(v3.dataJson()).isEqualTo(v1.dataJson());
    assertThat(v3.name()).isEqualTo(v1.name());
    assertThat(v3.engine()).isEqualTo(v1.engine());
    assertThat(v3.notes().message()).contains("Restored from version 1");
    assertThat(get.getVersion(alice, project.id(), 2).get().engine()).isEqualTo(Engine.MYSQL);
  }

  @Test
  void restoringAcceptsAListOfRevisionsHoldingTheCurrentOneOrAnyRevision() {
    var project = created("Shop", document("orders"));
    updated(project.id(), Option.none(), Option.of(document("other")), Option.none());

    var listed =
        restore.restoreVersion(
            new RestoreProjectVersionCommand(
                alice,
                project.id(),
                1,
                Option.of(ExpectedVersion.oneOf(java.util.List.of(1L, 2L)))));
    var any =
        restore.restoreVersion(
            new RestoreProjectVersionCommand(
                alice, project.id(), 2, Option.of(ExpectedVersion.ANY)));
    var unlisted =
        restore.restoreVersion(
            new RestoreProjectVersionCommand(
                alice,
                project.id(),
                1,
                Option.of(ExpectedVersion.oneOf(java.util.List.of(1L, 2L)))));

    assertThat(listed.get().project().version()).isEqualTo(3);
    assertThat(any.get().project().version()).isEqualTo(4);
    assertThat(unlisted.getLeft().code()).isEqualTo(ProjectError.Code.VERSION_MISMATCH);
    assertThat(unlisted.getLeft().message())
        .isEqualTo("The project is at version 4, not one of 1, 2");
  }

  @Test
  void restoringNeedsTheCurrentRevisionAndAnExistingVersion() {
    var project = created("Shop", document("orders"));
    updated(project.id(), Option.none(), Option.of(document("other")), Option.none());

    var withoutIfMatch =
        restore.restoreVersion(
            new RestoreProjectVersionCommand(alice, project.id(), 1, Option.none()));
    var stale =
        restore.restoreVersion(
            new RestoreProjectVersionCommand(
                alice, project.id(), 1, Option.of(ExpectedVersion.of(1))));
    var missing =
        restore.restoreVersion(
            new RestoreProjectVersionCommand(
                alice, project.id(), 9, Option.of(ExpectedVersion.of(2))));

    assertThat(withoutIfMatch.getLeft().code()).isEqualTo(ProjectError.Code.PRECONDITION_REQUIRED);
    assertThat(withoutIfMatch.getLeft().currentVersion()).contains(2L);
    assertThat(stale.getLeft().code()).isEqualTo(ProjectError.Code.VERSION_MISMATCH);
    assertThat(stale.getLeft().currentVersion()).contains(2L);
    assertThat(missing.getLeft().code()).isEqualTo(ProjectError.Code.VERSION_NOT_FOUND);
    assertThat(list.listVersions(alice, project.id(), Option.none(), 10).get().versions())
        .hasSize(2);
  }

  @Test
  void annotatingSetsAndClearsNotesWithinBounds() {
    var project = created("Shop", document("orders"));

    var labelled = annotate.annotateVersion(label(alice, project.id(), 1, "  v1.0  ")).get();
    var tooLong =
        annotate.annotateVersion(label(alice, project.id(), 1, "x".repeat(101))).getLeft();
    var cleared =
        annotate
            .annotateVersion(
                new AnnotateProjectVersionCommand(
                    alice,
                    project.id(),
                    1,
                    new VersionNotes.Change(Option.some(""), Option.none())))
            .get();
    var missing = annotate.annotateVersion(label(alice, project.id(), 5, "x")).getLeft();

    assertThat(labelled.notes().label()).contains("v1.0");
    assertThat(tooLong.code()).isEqualTo(ProjectError.Code.VALIDATION_ERROR);
    assertThat(tooLong.details()).extracting(Problem::path).containsExactly("label");
    assertThat(cleared.notes()).isEqualTo(VersionNotes.NONE);
    assertThat(missing.code()).isEqualTo(ProjectError.Code.VERSION_NOT_FOUND);
  }

  @Test
  void theMigrationBetweenTwoVersionsRenamesByIdUpAndDown() {
    var project = created("Shop", document("orders"));
    updated(project.id(), Option.none(), Option.of(document("purchases")), Option.none());

    var up = migration.planVersionMigration(alice, project.id(), 1, 2, Option.none(), false).get();
    var down =
        migration
            .planVersionMigration(alice, project.id(), 1, 2, Option.of(Engine.SQLITE), true)
            .get();

    assertThat(up.engine()).isEqualTo(Engine.POSTGRESQL);
    assertThat(up.changes()).extracting(SchemaChange::kind).hasSize(1);
    assertThat(up.sql()).contains("RENAME TO \"purchases\"");
    assertThat(down.engine()).isEqualTo(Engine.SQLITE);
    assertThat(down.sql()).contains("RENAME TO \"orders\"");
  }

  @Test
  void theMigrationIsRefusedForAnInvalidDocumentAChangedEngineOrAMissingVersion() {
    var project = created("Shop", document("orders"));
    updated(project.id(), Option.none(), Option.of(document("dup", "dup")), Option.none());
    updated(project.id(), Option.of(Engine.MYSQL), Option.of(document("x")), Option.none());

    var invalid = migration.planVersionMigration(alice, project.id(), 1, 2, Option.none(), false);
    var engineChanged =
        migration.planVersionMigration(alice, project.id(), 1, 3, Option.none(), false);
    var missing = migration.planVersionMigration(alice, project.id(), 1, 9, Option.none(), false);

    assertThat(invalid.getLeft().code()).isEqualTo(ProjectError.Code.SCHEMA_INVALID);
    assertThat(invalid.getLeft().details())
        .filteredOn(Problem::isError)
        .isNotEmpty()
        .allSatisfy(problem -> assertThat(problem.path()).startsWith("to."));
    assertThat(engineChanged.getLeft().code()).isEqualTo(ProjectError.Code.VALIDATION_ERROR);
    assertThat(engineChanged.getLeft().details())
        .extracting(Problem::code)
        .containsExactly("ENGINE_CHANGED");
    assertThat(missing.getLeft().code()).isEqualTo(ProjectError.Code.VERSION_NOT_FOUND);
    assertThat(
            migration
                .planVersionMigration(alice, project.id(), 1, 3, Option.of(Engine.MYSQL), false)
                .isRight())
        .isTrue();
  }

  private Project created(String name, JsonValue data) {
    return create
        .createProject(
            new CreateProjectCommand(
                alice, new ProjectName(name), Engine.POSTGRESQL, Option.of(data)))
        .get()
        .project();
  }

  private void updated(
      ProjectId id,
      Option<Engine> engine,
      Option<JsonValue> data,
      Option<ExpectedVersion> expected) {
    var result =
        update.updateProject(
            new UpdateProjectCommand(alice, id, Option.none(), engine, data, expected));
    assertThat(result.isRight()).as(result.toString()).isTrue();
  }

  private static AnnotateProjectVersionCommand label(
      UserId caller, ProjectId id, long number, String label) {
    return new AnnotateProjectVersionCommand(
        caller, id, number, new VersionNotes.Change(Option.some(label), Option.none()));
  }

  /** Tables with the stable ids t1, t2, … and one key column each. */
  private static JsonObject document(String... tables) {
    var list = new java.util.ArrayList<JsonValue>();
    for (int i = 0; i < tables.length; i++) {
      var column = new LinkedHashMap<String, JsonValue>();
      column.put("id", new JsonString("c" + (i + 1)));
      column.put("name", new JsonString("id"));
      column.put("type", new JsonString("INTEGER"));
      column.put("primaryKey", JsonBoolean.TRUE);
      var table = new LinkedHashMap<String, JsonValue>();
      table.put("id", new JsonString("t" + (i + 1)));
      table.put("name", new JsonString(tables[i]));
      table.put("columns", new JsonArray(List.of(new JsonObject(column))));
      list.add(new JsonObject(table));
    }
    var document = new LinkedHashMap<String, JsonValue>();
    document.put("tables", new JsonArray(list));
    return new JsonObject(document);
  }

  private static JsonObject envelope(String name, String table) {
    var project = new LinkedHashMap<String, JsonValue>();
    project.put("name", new JsonString(name));
    project.put("engine", new JsonString("PostgreSQL"));
    project.put("tables", document(table).members().get("tables"));
    project.put("relations", new JsonArray(List.of()));
    project.put("groups", new JsonArray(List.of()));
    project.put("notes", new JsonArray(List.of()));
    var envelope = new LinkedHashMap<String, JsonValue>();
    envelope.put("version", new JsonString("1.0"));
    envelope.put("exportedAt", new JsonString("2026-01-01T00:00:00.000Z"));
    envelope.put("project", new JsonObject(project));
    return new JsonObject(envelope);
  }

  private User user(UserId id) {
    return new User(
        id,
        id.value(),
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
