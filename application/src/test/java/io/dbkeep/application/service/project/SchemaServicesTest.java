package io.dbkeep.application.service.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.application.fake.InMemoryDatabase;
import io.dbkeep.application.fake.InMemoryProjectPersistence;
import io.dbkeep.application.fake.InMemoryProjectVersions;
import io.dbkeep.application.port.in.project.CreateProjectCommand;
import io.dbkeep.application.port.in.project.UpdateProjectCommand;
import io.dbkeep.application.port.in.schema.ImportProjectCommand;
import io.dbkeep.application.service.schema.ExportSchemaSqlService;
import io.dbkeep.application.service.schema.ValidateSchemaService;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.problem.Problem;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.project.ProjectName;
import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.ColumnType;
import io.dbkeep.domain.schema.ProjectExport;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.SchemaDocumentWriter;
import io.dbkeep.domain.schema.SchemaLimits;
import io.dbkeep.domain.schema.Table;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Saving validates documents for the engine; export, import and validation use cases. */
class SchemaServicesTest {

  private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
  private final InMemoryDatabase database = new InMemoryDatabase();
  private final InMemoryProjectPersistence projects = new InMemoryProjectPersistence(database);
  private final SchemaLimits limits = new SchemaLimits(3, 5);
  private final CreateProjectService create =
      new CreateProjectService(
          database, projects, new InMemoryProjectVersions(database), clock, limits);
  private final UpdateProjectService update =
      new UpdateProjectService(
          database, projects, projects, new InMemoryProjectVersions(database), clock, limits);
  private final UserId alice = new UserId("alice");

  @org.junit.jupiter.api.BeforeEach
  void aliceExists() {
    var users = new io.dbkeep.application.fake.InMemoryUserPersistence(database);
    database.inTransaction(
        () -> {
          users.insertIfAbsent(
              new io.dbkeep.domain.user.User(
                  alice,
                  "Alice",
                  new io.dbkeep.domain.user.Email("alice@example.com"),
                  true,
                  Option.none(),
                  io.dbkeep.domain.user.Role.USER,
                  false,
                  Option.none(),
                  Option.none(),
                  clock.instant(),
                  clock.instant()));
          return io.vavr.control.Either.right(true);
        });
  }

  private static JsonValue json(SchemaDocument document) {
    return SchemaDocumentWriter.write(document);
  }

  private static SchemaDocument notesTable() {
    return SchemaDocument.of(
        List.of(
            Table.of(
                "t1",
                "notes",
                List.of(
                    Column.builder("c1", "id", ColumnType.SERIAL).primaryKey().build(),
                    Column.builder("c2", "body", ColumnType.TEXT).unique().build()))),
        List.of());
  }

  @Test
  void aWellFormedDocumentWithErrorsIsStoredWithEveryProblemNeverLost() {
    var document =
        SchemaDocument.of(
            List.of(
                Table.of("t1", " ", List.of()),
                Table.of(
                    "t1",
                    "b",
                    List.of(Column.builder("c", "x", ColumnType.VARCHAR).length(0).build()))),
            List.of());

    var result =
        create.createProject(
            new CreateProjectCommand(
                alice, new ProjectName("Bad"), Engine.POSTGRESQL, Option.of(json(document))));

    assertThat(result.get().problems())
        .extracting(Problem::path)
        .contains(
            "tables[0].name", "tables[0].columns", "tables[1].id", "tables[1].columns[0].length");
    assertThat(result.get().problems()).anyMatch(Problem::isError);
    assertThat(
            database
                .inTransaction(() -> io.vavr.control.Either.right(projects.listOwnedBy(alice)))
                .get())
        .hasSize(1);
    assertThat(result.get().project().data()).isEqualTo(json(document));
  }

  @Test
  void aValidDocumentIsStoredNormalisedAndItsWarningsComeBack() {
    var saved =
        create
            .createProject(
                new CreateProjectCommand(
                    alice, new ProjectName("Notes"), Engine.SQLITE, Option.of(json(notesTable()))))
            .get();

    assertThat(saved.project().data()).isEqualTo(json(notesTable()));
    assertThat(saved.warnings()).isEmpty();
  }

  @Test
  void changingTheEngineRevalidatesTheStoredDocumentAndListsItsProblems() {
    var saved =
        create
            .createProject(
                new CreateProjectCommand(
                    alice,
                    new ProjectName("Notes"),
                    Engine.POSTGRESQL,
                    Option.of(json(notesTable()))))
            .get()
            .project();

    var changed =
        update.updateProject(
            new UpdateProjectCommand(
                alice,
                saved.id(),
                Option.none(),
                Option.of(Engine.MYSQL),
                Option.none(),
                Option.none()));

    assertThat(changed.get().problems())
        .anySatisfy(p -> assertThat(p.path()).isEqualTo("tables[0].columns[1].unique"));
    assertThat(
            database
                .inTransaction(() -> io.vavr.control.Either.right(projects.load(saved.id()).get()))
                .get()
                .engine())
        .isEqualTo(Engine.MYSQL);
  }

  @Test
  void documentsOverTheLimitsAreRefused() {
    var table = notesTable().tables().get(0);
    var many =
        SchemaDocument.of(
            List.of(table, table.withName("b"), table.withName("c"), table.withName("d")),
            List.of());

    var result =
        create.createProject(
            new CreateProjectCommand(
                alice, new ProjectName("Big"), Engine.POSTGRESQL, Option.of(json(many))));

    assertThat(result.getLeft().details())
        .extracting(Problem::code)
        .containsExactly("TOO_MANY_TABLES");
  }

  @Test
  void importExportAndSqlExportRoundTrip() {
    var importer =
        new ImportProjectService(
            database, projects, new InMemoryProjectVersions(database), limits, clock);
    var envelope =
        SchemaDocumentWriter.write(
            ProjectExport.of(
                "Imported",
                Engine.MYSQL,
                notesTable()
                    .withTables(
                        List.of(
                            notesTable()
                                .tables()
                                .get(0)
                                .withColumns(
                                    List.of(notesTable().tables().get(0).columns().get(0))))),
                "2026-01-01T00:00:00.000Z"));

    var imported =
        importer.importProject(new ImportProjectCommand(alice, envelope)).get().project();
    var exported =
        new ExportProjectService(database, projects, limits, clock)
            .exportProject(alice, imported.id())
            .get();
    var sql =
        new ExportProjectSqlService(database, projects, limits)
            .exportProjectSql(alice, imported.id(), Option.none())
            .get();

    assertThat(imported.engine()).isEqualTo(Engine.MYSQL);
    assertThat(exported.name()).isEqualTo("Imported");
    assertThat(exported.exportedAt()).contains("2026-03-01T12:00:00.000Z");
    assertThat(sql.sql()).contains("CREATE TABLE `notes`");
    assertThat(
            new ExportProjectSqlService(database, projects, limits)
                .exportProjectSql(new UserId("mallory"), imported.id(), Option.none())
                .getLeft()
                .code())
        .isEqualTo(ProjectError.Code.PROJECT_NOT_FOUND);
  }

  @Test
  void anImportWithABadEnvelopeNamesTheEnvelopePaths() {
    var envelope =
        SchemaDocumentWriter.write(ProjectExport.of(" ", Engine.MYSQL, notesTable(), "x"))
            .with("version", new io.dbkeep.domain.json.JsonString("2.0"));

    var result =
        new ImportProjectService(
                database, projects, new InMemoryProjectVersions(database), limits, clock)
            .importProject(new ImportProjectCommand(alice, envelope));

    assertThat(result.getLeft().details())
        .extracting(Problem::path)
        .contains("version", "project.name", "project.tables[0].columns[1].unique");
  }

  @Test
  void validateAndExportAGivenDocument() {
    var validate = new ValidateSchemaService(limits);
    var export = new ExportSchemaSqlService(limits);

    assertThat(validate.validateSchema(json(notesTable()), Engine.MYSQL).isValid()).isFalse();
    assertThat(validate.validateSchema(json(notesTable()), Engine.SQLITE).isValid()).isTrue();
    assertThat(export.exportSchemaSql(json(notesTable()), Engine.SQLITE).get().sql())
        .startsWith("-- Generated by DBKeep for SQLite");
    assertThat(export.exportSchemaSql(json(notesTable()), Engine.MYSQL).getLeft().code())
        .isEqualTo(ProjectError.Code.SCHEMA_INVALID);
  }
}
