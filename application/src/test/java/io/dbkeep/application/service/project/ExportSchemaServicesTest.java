package io.dbkeep.application.service.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dbkeep.application.fake.InMemoryDatabase;
import io.dbkeep.application.fake.InMemoryProjectPersistence;
import io.dbkeep.application.fake.InMemoryProjectVersions;
import io.dbkeep.application.fake.InMemoryUserPersistence;
import io.dbkeep.application.port.in.project.CreateProjectCommand;
import io.dbkeep.application.port.out.format.SchemaTextWriter;
import io.dbkeep.domain.format.TargetFormat;
import io.dbkeep.domain.json.JsonArray;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.project.ProjectError;
import io.dbkeep.domain.project.ProjectId;
import io.dbkeep.domain.project.ProjectName;
import io.dbkeep.domain.schema.Column;
import io.dbkeep.domain.schema.ColumnType;
import io.dbkeep.domain.schema.ProjectExport;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.SchemaDocumentWriter;
import io.dbkeep.domain.schema.SchemaLimits;
import io.dbkeep.domain.schema.Table;
import io.dbkeep.domain.user.Email;
import io.dbkeep.domain.user.Role;
import io.dbkeep.domain.user.User;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The export use case picks the writer for the format and refuses only what cannot be read. */
class ExportSchemaServicesTest {

  /** Writes "FORMAT engine tables" so a test sees which writer ran with what. */
  private record Recording(TargetFormat format) implements SchemaTextWriter {
    @Override
    public byte[] write(SchemaDocument document, Engine engine) {
      return (format + " " + engine + " " + document.tables().size())
          .getBytes(StandardCharsets.UTF_8);
    }
  }

  private static List<SchemaTextWriter> all() {
    var writers = new ArrayList<SchemaTextWriter>();
    for (var format : TargetFormat.values()) {
      writers.add(new Recording(format));
    }
    return writers;
  }

  private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
  private final InMemoryDatabase database = new InMemoryDatabase();
  private final InMemoryProjectPersistence projects = new InMemoryProjectPersistence(database);
  private final SchemaLimits limits = SchemaLimits.DEFAULT;
  private final List<SchemaTextWriter> writers = all();
  private final ExportSchemaService service = new ExportSchemaService(limits, writers);
  private final ExportProjectSchemaService projectService =
      new ExportProjectSchemaService(database, projects, limits, writers);
  private final UserId alice = new UserId("alice");
  private final UserId bob = new UserId("bob");

  @BeforeEach
  void usersExist() {
    var users = new InMemoryUserPersistence(database);
    for (var id : List.of(alice, bob)) {
      database.inTransaction(
          () -> {
            users.insertIfAbsent(
                new User(
                    id,
                    id.toString(),
                    new Email(id.value() + "@example.com"),
                    true,
                    Option.none(),
                    Role.USER,
                    false,
                    Option.none(),
                    Option.none(),
                    clock.instant(),
                    clock.instant()));
            return Either.right(true);
          });
    }
  }

  /** A document with a semantic error (a VARCHAR of length 0): still exported. */
  private static SchemaDocument invalidButWellFormed() {
    return SchemaDocument.of(
        List.of(
            Table.of(
                "t1",
                "notes",
                List.of(Column.builder("c", "x", ColumnType.VARCHAR).length(0).build()))),
        List.of());
  }

  private static String text(io.dbkeep.domain.format.ExportedSchema exported) {
    return new String(exported.content(), StandardCharsets.UTF_8);
  }

  @Test
  void aGivenDocumentWithSemanticErrorsIsStillWrittenByTheWriterOfItsFormat() {
    var exported =
        service
            .exportSchema(
                SchemaDocumentWriter.write(invalidButWellFormed()), TargetFormat.SVG, Option.none())
            .get();
    assertThat(text(exported)).isEqualTo("SVG POSTGRESQL 1");
    assertThat(exported.mediaType()).isEqualTo("image/svg+xml");
    assertThat(exported.fileName()).isEqualTo("schema.svg");
  }

  @Test
  void anEnvelopeGivesItsEngineAndNameUnlessAnEngineIsAsked() {
    var envelope =
        SchemaDocumentWriter.write(
            ProjectExport.of("My shop: v2", Engine.MYSQL, invalidButWellFormed(), "2026-01-01"));
    var own = service.exportSchema(envelope, TargetFormat.DBML, Option.none()).get();
    assertThat(text(own)).isEqualTo("DBML MYSQL 1");
    assertThat(own.fileName()).isEqualTo("My-shop-v2.dbml");
    var asked = service.exportSchema(envelope, TargetFormat.DBML, Option.of(Engine.SQLITE)).get();
    assertThat(text(asked)).isEqualTo("DBML SQLITE 1");
  }

  @Test
  void aDocumentThatCannotBeReadIsRefusedWithItsProblems() {
    var refused = service.exportSchema(JsonArray.of(), TargetFormat.PNG, Option.none());
    assertThat(refused.getLeft().code()).isEqualTo(ProjectError.Code.SCHEMA_INVALID);
    assertThat(refused.getLeft().details()).isNotEmpty();
  }

  @Test
  void aStoredProjectIsExportedForItsOwnerOnly() {
    var create =
        new CreateProjectService(
            database, projects, new InMemoryProjectVersions(database), clock, limits);
    var saved =
        create
            .createProject(
                new CreateProjectCommand(
                    alice,
                    new ProjectName("Blog"),
                    Engine.SQLITE,
                    Option.of(SchemaDocumentWriter.write(invalidButWellFormed()))))
            .get();
    var id = saved.project().id();
    var mine = projectService.exportProject(alice, id, TargetFormat.MERMAID, Option.none()).get();
    assertThat(text(mine)).isEqualTo("MERMAID SQLITE 1");
    assertThat(mine.fileName()).isEqualTo("Blog.mmd");
    assertThat(
            projectService
                .exportProject(bob, id, TargetFormat.MERMAID, Option.none())
                .getLeft()
                .code())
        .isEqualTo(ProjectError.Code.PROJECT_NOT_FOUND);
    assertThat(
            projectService
                .exportProject(alice, ProjectId.generate(), TargetFormat.PNG, Option.none())
                .getLeft()
                .code())
        .isEqualTo(ProjectError.Code.PROJECT_NOT_FOUND);
  }

  @Test
  void everyFormatNeedsExactlyOneWriter() {
    assertThatThrownBy(() -> new FormatWriters(List.of())).hasMessageContaining("no writer for");
    var twice = new ArrayList<>(all());
    twice.add(new Recording(TargetFormat.PNG));
    assertThatThrownBy(() -> new FormatWriters(twice)).hasMessageContaining("two writers for PNG");
  }

  @Test
  void fileNamesAreSafe() {
    assertThat(FormatWriters.baseName("../../etc/passwd")).isEqualTo("etc-passwd");
    assertThat(FormatWriters.baseName("  ")).isEqualTo("schema");
    assertThat(FormatWriters.baseName("a\"b\r\nc")).isEqualTo("a-b-c");
    assertThat(FormatWriters.baseName("Café 表")).isEqualTo("Café-表");
  }
}
