package io.dbkeep.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.adapter.out.persistence.project.ProjectPersistenceAdapter;
import io.dbkeep.adapter.out.persistence.transaction.JpaUnitOfWork;
import io.dbkeep.domain.json.JsonArray;
import io.dbkeep.domain.json.JsonNumber;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.json.JsonString;
import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.project.ExpectedVersion;
import io.dbkeep.domain.project.Project;
import io.dbkeep.domain.project.ProjectId;
import io.dbkeep.domain.project.ProjectName;
import io.dbkeep.domain.schema.Decoded;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.SchemaDocumentReader;
import io.dbkeep.domain.schema.SchemaDocumentWriter;
import io.dbkeep.domain.user.Email;
import io.dbkeep.domain.user.Role;
import io.dbkeep.domain.user.User;
import io.dbkeep.domain.user.UserId;
import io.dbkeep.json.JsonCodec;
import io.dbkeep.testsupport.PostgresTestDatabase;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The one-statement save of a document ({@code SaveProjectDocumentPort}) on real PostgreSQL: what
 * it stores and refuses, and that the document reaches PostgreSQL as a {@code jsonb} parameter (ADR
 * 0123) rather than text cast inside the statement.
 */
class JpaProjectDocumentSaveTest {

  @RegisterExtension static final StartedPersistence STORE = new StartedPersistence();
  private static final PostgresTestDatabase DATABASE = STORE.database();

  private static final Instant T0 = Instant.parse("2026-01-01T10:00:00.123456Z");
  private static final UserId ALICE = new UserId("alice");
  private static final UserId BOB = new UserId("bob");

  private JpaUnitOfWork unitOfWork;
  private ProjectPersistenceAdapter projects;
  private ProjectId id;

  @BeforeEach
  void oneProjectOfAlice() throws Exception {
    try (var connection = DATABASE.connect()) {
      connection.createStatement().execute("truncate table project, \"user\" cascade");
    }
    unitOfWork = (JpaUnitOfWork) STORE.persistence().unitOfWork();
    projects = STORE.persistence().projects();
    tx(
        () -> {
          STORE.persistence().users().insertIfAbsent(user(ALICE));
          STORE.persistence().users().insertIfAbsent(user(BOB));
          return null;
        });
    var project =
        Project.create(new ProjectName("Shop"), Engine.POSTGRESQL, ALICE, Option.none(), T0);
    id = tx(() -> projects.insert(project)).id();
  }

  @Test
  void aSavedDocumentReadsBackAsTheSameJsonWithTheNextVersion() {
    var document = document("Ünïcödé \"quoted\" \\ table", 5);

    var saved =
        tx(
            () ->
                projects.saveDocument(
                    id,
                    ALICE,
                    Option.of(new ProjectName("Renamed")),
                    Option.of(Engine.MYSQL),
                    document,
                    ExpectedVersion.of(1),
                    T0.plusSeconds(60)));

    assertThat(saved.isDefined()).isTrue();
    assertThat(saved.get().version()).isEqualTo(2);
    assertThat(saved.get().name().value()).isEqualTo("Renamed");
    assertThat(saved.get().engine()).isEqualTo(Engine.MYSQL);
    assertThat(saved.get().updatedAt()).isEqualTo(T0.plusSeconds(60));
    var stored = tx(() -> projects.readStored(id, true)).get();
    assertThat(new JsonCodec().read(stored.dataJson().get()))
        .isEqualTo(SchemaDocumentWriter.write(document));
    assertThat(new SchemaDocumentReader().read(new JsonCodec().read(stored.dataJson().get())))
        .isEqualTo(new Decoded<>(document, List.of()));
    assertThat(stored.version()).isEqualTo(2);
  }

  @Test
  void aSaveOfAnotherOwnerOrAnOlderVersionChangesNothing() {
    var document = document("t", 1);

    var byBob =
        tx(
            () ->
                projects.saveDocument(
                    id, BOB, Option.none(), Option.none(), document, ExpectedVersion.ANY, T0));
    var stale =
        tx(
            () ->
                projects.saveDocument(
                    id, ALICE, Option.none(), Option.none(), document, ExpectedVersion.of(7), T0));

    assertThat(byBob.isEmpty()).isTrue();
    assertThat(stale.isEmpty()).isTrue();
    assertThat(tx(() -> projects.readStored(id, false)).get().version()).isEqualTo(1);
  }

  @Test
  void aProjectIsReadWithOrWithoutItsDocumentAndAnUnknownOneNotAtAll() {
    var head = tx(() -> projects.readStored(id, false)).get();
    var whole = tx(() -> projects.readStored(id, true)).get();
    var unknown = tx(() -> projects.readStored(new ProjectId(java.util.UUID.randomUUID()), true));

    assertThat(head.name().value()).isEqualTo("Shop");
    assertThat(head.owner().ownerId()).isEqualTo("alice");
    assertThat(head.createdBy()).isEqualTo(ALICE);
    assertThat(head.createdAt()).isEqualTo(T0);
    assertThat(head.dataJson().isEmpty()).isTrue();
    assertThat(new JsonCodec().read(whole.dataJson().get())).isInstanceOf(JsonObject.class);
    assertThat(unknown.isEmpty()).isTrue();
  }

  /**
   * Text cast to {@code jsonb} inside the statement is parsed while the statement runs, again for
   * each row version an update waits for; a {@code jsonb} parameter is parsed once in the bind. The
   * driver prepares a statement on the server from its fifth use on one connection, and the server
   * then lists the parameter types it settled on.
   */
  @Test
  void theDocumentReachesPostgreSqlAsAJsonbParameter() {
    var types =
        tx(
            () -> {
              for (int save = 0; save < 6; save++) {
                projects.saveDocument(
                    id,
                    ALICE,
                    Option.none(),
                    Option.none(),
                    document("t", 1),
                    ExpectedVersion.ANY,
                    T0);
              }
              return (List<?>)
                  unitOfWork
                      .currentEntityManager()
                      .createNativeQuery(
                          "select parameter_types::text[] from pg_prepared_statements"
                              + " where statement like 'update project set%'")
                      .getResultList();
            });

    assertThat(types).hasSize(1);
    var parameterTypes = (String[]) types.get(0);
    assertThat(parameterTypes[4]).isEqualTo("jsonb");
  }

  /** A document whose tables have an unknown member each (kept as written). */
  private static SchemaDocument document(String tableName, int tables) {
    return new SchemaDocumentReader().read(tree(tableName, tables)).value();
  }

  private static JsonValue tree(String tableName, int tables) {
    var list = new java.util.ArrayList<JsonValue>();
    for (int table = 0; table < tables; table++) {
      var members = new LinkedHashMap<String, JsonValue>();
      members.put("id", new JsonString("t" + table));
      members.put("name", new JsonString(tableName + table));
      members.put("x", new JsonNumber(new BigDecimal("12.5")));
      list.add(new JsonObject(members));
    }
    var members = new LinkedHashMap<String, JsonValue>();
    members.put("formatVersion", new JsonNumber(BigDecimal.ONE));
    members.put("tables", new JsonArray(list));
    return new JsonObject(members);
  }

  private static User user(UserId id) {
    return new User(
        id,
        id.value(),
        new Email(id.value() + "@example.com"),
        false,
        Option.none(),
        Role.USER,
        false,
        Option.none(),
        Option.none(),
        T0,
        T0);
  }

  private <T> T tx(Supplier<T> work) {
    return unitOfWork.<RuntimeException, T>inTransaction(() -> Either.right(work.get())).get();
  }
}
