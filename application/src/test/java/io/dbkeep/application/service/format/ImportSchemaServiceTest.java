package io.dbkeep.application.service.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dbkeep.application.fake.InMemoryDatabase;
import io.dbkeep.application.fake.InMemoryProjectPersistence;
import io.dbkeep.application.port.in.format.ImportProjectTextCommand;
import io.dbkeep.application.port.out.format.SchemaTextReader;
import io.dbkeep.application.service.project.CreateProjectService;
import io.dbkeep.domain.format.ImportError;
import io.dbkeep.domain.format.ImportWarning;
import io.dbkeep.domain.format.ImportedSchema;
import io.dbkeep.domain.format.SourceFormat;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.ColumnType;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.Table;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportSchemaServiceTest {

  record Reader(SourceFormat format, Either<ImportError, ImportedSchema> answer)
      implements SchemaTextReader {
    @Override
    public Either<ImportError, ImportedSchema> read(String text) {
      return answer;
    }
  }

  private static ImportedSchema schema(Option<String> name) {
    var table =
        Table.of(
            "t",
            "people",
            List.of(Column.builder("c", "id", ColumnType.INTEGER).primaryKey().build()));
    return new ImportedSchema(
        SchemaDocument.of(List.of(table), List.of()),
        Option.of(Engine.MYSQL),
        name,
        List.of(new ImportWarning(4, "STATEMENT_NOT_KEPT", "SET … is not kept")));
  }

  @Test
  void theReaderOfTheFormatReadsAndEveryTableGetsAPosition() {
    var service =
        new ImportSchemaService(
            List.of(
                new Reader(
                    SourceFormat.POSTGRESQL,
                    Either.left(new ImportError(ImportError.Code.SYNTAX_ERROR, 1, 1, "no"))),
                new Reader(SourceFormat.MYSQL, Either.right(schema(Option.none())))));

    var imported = service.importSchema("x", SourceFormat.MYSQL).get();

    assertThat(imported.document().tables().get(0).position()).isNotEmpty();
    assertThat(imported.warnings()).hasSize(1);
    assertThat(service.importSchema("x", SourceFormat.POSTGRESQL).getLeft().code())
        .isEqualTo(ImportError.Code.SYNTAX_ERROR);
    assertThat(service.importSchema("x", SourceFormat.DBML).getLeft().code())
        .isEqualTo(ImportError.Code.UNSUPPORTED);
  }

  @Test
  void twoReadersOfOneFormatAreAWiringMistake() {
    var reader = new Reader(SourceFormat.SQLITE, Either.right(schema(Option.none())));
    assertThatThrownBy(() -> new ImportSchemaService(List.of(reader, reader)))
        .hasMessageContaining("sqlite");
  }

  @Test
  void aProjectImportStoresTheDocumentOnTheTextsEngineWithTheWarningsAsProblems() {
    var database = new InMemoryDatabase();
    var projects = new InMemoryProjectPersistence(database);
    var users = new io.dbkeep.application.fake.InMemoryUserPersistence(database);
    new io.dbkeep.application.service.user.EnsureGuestUserService(
            database, users, users, Clock.systemUTC())
        .ensureGuestUser();
    var create =
        new CreateProjectService(
            database,
            projects,
            new io.dbkeep.application.fake.InMemoryProjectVersions(database),
            Clock.systemUTC());
    var service =
        new ImportProjectTextService(
            new ImportSchemaService(
                List.of(
                    new Reader(SourceFormat.MYSQL, Either.right(schema(Option.of("From text")))))),
            create);
    var caller = UserId.GUEST;

    var saved =
        service
            .importProject(
                new ImportProjectTextCommand(caller, "x", SourceFormat.MYSQL, Option.none()))
            .get();

    assertThat(saved.project().name().value()).isEqualTo("From text");
    assertThat(saved.project().engine()).isEqualTo(Engine.MYSQL);
    assertThat(saved.warnings()).anySatisfy(p -> assertThat(p.path()).isEqualTo("line 4"));
    var refused =
        service.importProject(
            new ImportProjectTextCommand(caller, "x", SourceFormat.SQLITE, Option.of("  ")));
    assertThat(refused.getLeft().code()).isEqualTo(ProjectError.Code.IMPORT_UNSUPPORTED);
    var blank =
        new ImportProjectTextService(
                new ImportSchemaService(
                    List.of(new Reader(SourceFormat.MYSQL, Either.right(schema(Option.none()))))),
                create)
            .importProject(
                new ImportProjectTextCommand(caller, "x", SourceFormat.MYSQL, Option.of(" ")));
    assertThat(blank.getLeft().code()).isEqualTo(ProjectError.Code.VALIDATION_ERROR);
  }
}
