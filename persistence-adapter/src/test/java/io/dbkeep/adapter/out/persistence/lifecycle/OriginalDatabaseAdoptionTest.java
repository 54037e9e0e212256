package io.dbkeep.adapter.out.persistence.lifecycle;

import static io.dbkeep.testsupport.OriginalDbkeepFixture.ADA_ID;
import static io.dbkeep.testsupport.OriginalDbkeepFixture.ADA_PASSWORD;
import static io.dbkeep.testsupport.OriginalDbkeepFixture.BLOG;
import static io.dbkeep.testsupport.OriginalDbkeepFixture.GUEST_SCRATCH;
import static io.dbkeep.testsupport.OriginalDbkeepFixture.HALF_SAVED;
import static io.dbkeep.testsupport.OriginalDbkeepFixture.LEGACY;
import static io.dbkeep.testsupport.OriginalDbkeepFixture.NEVER_OPENED;
import static io.dbkeep.testsupport.OriginalDbkeepFixture.TWICE_NAMED;
import static io.dbkeep.testsupport.OriginalDbkeepFixture.ZOE_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.adapter.out.persistence.PersistenceSettings;
import io.dbkeep.adapter.out.persistence.PostgresPersistence;
import io.dbkeep.application.port.in.database.MigrateDatabaseCommand;
import io.dbkeep.application.port.in.database.RestoreDatabaseCommand;
import io.dbkeep.application.service.database.GetSchemaStatusService;
import io.dbkeep.application.service.database.MigrateDatabaseService;
import io.dbkeep.application.service.database.RestoreDatabaseService;
import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.project.ProjectId;
import io.dbkeep.domain.user.UserId;
import io.dbkeep.testsupport.OriginalDbkeepFixture;
import io.dbkeep.testsupport.PostgresTestDatabase;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.bouncycastle.crypto.generators.SCrypt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A database of the original DBKeep is adopted in place: every row kept, the schema ours. */
class OriginalDatabaseAdoptionTest {

  @RegisterExtension static final PostgresTestDatabase DATABASE = new PostgresTestDatabase();

  @TempDir Path backups;

  @Test
  void theFixturesPasswordsAreHashedTheWayBetterAuthHashesThem() throws Exception {
    var database = freshDatabase("hashes");
    try (var connection = connect(database)) {
      OriginalDbkeepFixture.load(connection);
      assertThat(betterAuthVerify(ADA_PASSWORD, password(connection, "u-ada"))).isTrue();
      assertThat(betterAuthVerify(ZOE_PASSWORD, password(connection, "u-zoe"))).isTrue();
      assertThat(betterAuthVerify("Zoë s€fine pass", password(connection, "u-zoe")))
          .as("NFKC folds the ligature")
          .isTrue();
      assertThat(betterAuthVerify("wrong", password(connection, "u-ada"))).isFalse();
    }
  }

  @Test
  void migrateBacksUpThenAdoptsTheOriginalDatabaseKeepingEveryRow() throws Exception {
    var database = freshDatabase("adopt");
    try (var connection = connect(database)) {
      OriginalDbkeepFixture.load(connection);
    }
    var before = keptFacts(database);

    try (var lifecycle = open(database)) {
      var status = new GetSchemaStatusService(lifecycle.migrations()).schemaStatus();
      assertThat(status.awaitsAdoption()).isTrue();
      assertThat(status.currentVersion().isEmpty()).isTrue();
      var later = BuiltInMigrations.versions().subList(1, BuiltInMigrations.versions().size());
      assertThat(status.pending().map(m -> m.version().text())).containsExactlyElementsOf(later);
      assertThat(status.inSync()).isFalse();

      var outcome =
          new MigrateDatabaseService(
                  lifecycle.migrations(), lifecycle.archives(), Clock.systemUTC())
              .migrate(new MigrateDatabaseCommand(true, backups))
              .get();

      var backup = outcome.backup().get();
      assertThat(backup.file().getFileName().toString()).endsWith("-original.zip");
      assertThat(backup.manifest().migrationVersion().isEmpty()).isTrue();
      var adoption = outcome.report().adoption().get();
      assertThat(adoption.rowsPerTable().get("project").get()).isEqualTo(8L);
      assertThat(adoption.rowsPerTable().get("user").get()).isEqualTo(4L);
      assertThat(adoption.documentsConverted())
          .isEqualTo(5); // Blog, Shop, Legacy, Twice, Guest notes
      assertThat(adoption.emptyDocuments()).isEqualTo(1);
      assertThat(adoption.unreadableDocuments())
          .hasSize(2)
          .anySatisfy(p -> assertThat(p).startsWith(HALF_SAVED).contains("not valid JSON"))
          .anySatisfy(p -> assertThat(p).startsWith(GUEST_SCRATCH).contains("array"));
      assertThat(adoption.enginesNormalised()).isEqualTo(5); // postgresql ×2, sqlite ×2, postgres
      assertThat(adoption.unknownEngines()).containsExactly(LEGACY + " \"Legacy\": oracle");
      assertThat(adoption.columnsAdded())
          .contains("project.version", "project.legacy_data", "project.legacy_engine");
      assertThat(outcome.report().applied().map(m -> m.version().text()))
          .containsExactlyElementsOf(later);

      var after = new GetSchemaStatusService(lifecycle.migrations()).schemaStatus();
      assertThat(after.awaitsAdoption()).isFalse();
      assertThat(after.applied().map(m -> m.description()))
          .contains("adopted original DBKeep database");
      assertThat(after.drift().get()).isEmpty();
      assertThat(after.inSync()).isTrue();
    }

    // every row and every secret stayed as it was
    assertThat(keptFacts(database)).isEqualTo(before);
    try (var connection = connect(database)) {
      assertThat(
              column(
                  connection,
                  "select format_type(atttypid, atttypmod) from pg_attribute"
                      + " where attrelid = 'project'::regclass and attname = 'data'"))
          .containsExactly("jsonb");
      assertThat(
              column(
                  connection,
                  "select id || '=' || role || '/' || banned from \"user\" order by id"))
          .containsExactly(
              "guest-user=user/false",
              "u-ada=admin/false",
              "u-bob=admin/false",
              "u-zoe=user/false");
      assertThat(
              column(
                  connection,
                  "select id || ' ' || engine || ' ' || coalesce(legacy_engine, '-')"
                      + " || ' ' || owner_id || ' ' || owner_type || ' ' || version from project order by id"))
          .containsExactly(
              BLOG + " PostgreSQL - u-ada user 1",
              "22222222-2222-4222-8222-222222222222 MySQL - u-ada user 1",
              HALF_SAVED + " SQLite - u-zoe user 1",
              NEVER_OPENED + " PostgreSQL - u-zoe user 1",
              GUEST_SCRATCH + " PostgreSQL - guest-user user 1",
              LEGACY + " PostgreSQL oracle u-bob user 1",
              TWICE_NAMED + " PostgreSQL - u-bob user 1",
              "88888888-8888-4888-8888-888888888888 SQLite - guest-user user 1");
      assertThat(
              column(connection, "select legacy_data from project where id = '" + HALF_SAVED + "'"))
          .containsExactly("{\"tables\":[{\"id\":\"t1\",\"name\":\"unfinished\"");
      assertThat(
              column(
                  connection, "select legacy_data from project where id = '" + GUEST_SCRATCH + "'"))
          .containsExactly("[1, 2, 3]");
      assertThat(
              column(
                  connection,
                  "select data->'tables' from project where id in ('"
                      + HALF_SAVED
                      + "', '"
                      + NEVER_OPENED
                      + "', '"
                      + GUEST_SCRATCH
                      + "')"))
          .containsExactly("[]", "[]", "[]");
      assertThat(
              column(
                  connection, "select data->>'name' from project where id = '" + TWICE_NAMED + "'"))
          .containsExactly("second");
      assertThat(
              column(
                  connection,
                  "select data #>> '{notes,0,content}' from project where id = '" + BLOG + "'"))
          .containsExactly("Ünïcødé ☃ survives");
      assertThat(column(connection, "select count(*) from project where legacy_data is not null"))
          .containsExactly("2");
    }

    // the application reads the adopted rows through its own mapping (validated at start)
    try (var persistence =
        PostgresPersistence.start(
            PersistenceSettings.of(
                DATABASE.jdbcUrlOf(database), DATABASE.user(), DATABASE.password()))) {
      var blog =
          persistence
              .unitOfWork()
              .inTransaction(
                  () ->
                      Either.right(
                          persistence.projects().load(new ProjectId(UUID.fromString(BLOG))).get()))
              .get();
      assertThat(blog.name().value()).isEqualTo("Blog");
      assertThat(blog.owner().ownerId()).isEqualTo(ADA_ID);
      assertThat(blog.createdBy()).isEqualTo(new UserId(ADA_ID));
      assertThat(((JsonObject) blog.data()).get("tables").isDefined()).isTrue();
      assertThat(blog.version()).isEqualTo(1);
    }
  }

  @Test
  void anEarlyOriginalWithoutAdminAndOwnerColumnsGetsThemWithDefaults() throws Exception {
    var database = freshDatabase("early");
    try (var connection = connect(database);
        var statement = connection.createStatement()) {
      OriginalDbkeepFixture.load(connection);
      statement.execute(
          "alter table \"user\" drop column role, drop column banned, drop column ban_reason,"
              + " drop column ban_expires");
      statement.execute("alter table project drop column owner_id, drop column owner_type");
      statement.execute("drop table verification");
    }
    try (var lifecycle = open(database)) {
      var report = lifecycle.migrations().migrate();
      assertThat(report.adoption().get().columnsAdded())
          .contains(
              "user.role",
              "user.banned",
              "user.ban_reason",
              "user.ban_expires",
              "project.owner_id",
              "project.owner_type");
      assertThat(new GetSchemaStatusService(lifecycle.migrations()).schemaStatus().inSync())
          .isTrue();
    }
    try (var connection = connect(database)) {
      assertThat(column(connection, "select distinct role || '/' || banned from \"user\""))
          .containsExactly("user/false");
      assertThat(
              column(
                  connection,
                  "select count(*) from project where owner_id = user_id and owner_type = 'user'"))
          .containsExactly("8");
      assertThat(column(connection, "select count(*) from verification")).containsExactly("0");
    }
  }

  @Test
  void theBackupTakenBeforeAdoptionRestoresTheOriginalDatabaseWhichThenAdoptsAgain()
      throws Exception {
    var original = freshDatabase("before");
    try (var connection = connect(original)) {
      OriginalDbkeepFixture.load(connection);
    }
    var before = keptFacts(original);
    Path backup;
    try (var lifecycle = open(original)) {
      backup = lifecycle.archives().backup(backups.resolve("original.zip")).file();
    }
    var target = freshDatabase("restored");
    try (var lifecycle = open(target)) {
      var restored =
          new RestoreDatabaseService(lifecycle.archives(), lifecycle.migrations())
              .restore(new RestoreDatabaseCommand(backup, false));
      assertThat(restored.isRight()).as(String.valueOf(restored)).isTrue();
      assertThat(lifecycle.migrations().status().awaitsAdoption()).isTrue();
      assertThat(keptFacts(target)).isEqualTo(before);
      lifecycle.migrations().migrate();
      assertThat(keptFacts(target)).isEqualTo(before);
      assertThat(new GetSchemaStatusService(lifecycle.migrations()).schemaStatus().inSync())
          .isTrue();
    }
  }

  /** Better Auth's verification: scrypt(NFKC(password), salt hex text) compared with the key. */
  private static boolean betterAuthVerify(String password, String stored) {
    var parts = stored.split(":");
    var key =
        SCrypt.generate(
            Normalizer.normalize(password, Normalizer.Form.NFKC).getBytes(StandardCharsets.UTF_8),
            parts[0].getBytes(StandardCharsets.UTF_8),
            16384,
            16,
            1,
            64);
    return HexFormat.of().formatHex(key).equals(parts[1]);
  }

  private static String password(Connection connection, String userId) throws SQLException {
    return column(
            connection,
            "select password from account where provider_id = 'credential' and user_id = '"
                + userId
                + "'")
        .get(0);
  }

  /** What adoption must never change: ids, names, emails, secrets, timestamps, ownership. */
  private static List<String> keptFacts(String database) throws SQLException {
    try (var connection = connect(database)) {
      var facts = new ArrayList<String>();
      facts.addAll(
          column(
              connection,
              "select concat_ws('|', id, name, email, email_verified,"
                  + " created_at, updated_at) from \"user\" order by id"));
      facts.addAll(
          column(
              connection,
              "select concat_ws('|', id, user_id, provider_id, password,"
                  + " access_token) from account order by id"));
      facts.addAll(
          column(
              connection,
              // Migration V2 stores session tokens as their SHA-256 (the same token keeps
              // working), so the fact kept is the token's hash, raw or already hashed.
              "select concat_ws('|', id, case when token ~ '^[0-9a-f]{64}$' then token"
                  + " else encode(sha256(convert_to(token, 'UTF8')), 'hex') end,"
                  + " user_id, expires_at) from session order by id"));
      facts.addAll(
          column(
              connection,
              "select concat_ws('|', id, name, user_id, created_at,"
                  + " updated_at) from project order by id"));
      return facts;
    }
  }

  private String freshDatabase(String prefix) throws SQLException {
    return DATABASE.createAnotherDatabase("adopt_" + prefix);
  }

  private static DatabaseLifecycle open(String database) {
    return DatabaseLifecycle.open(
        PersistenceSettings.of(DATABASE.jdbcUrlOf(database), DATABASE.user(), DATABASE.password()),
        PostgresPersistence.ENTITIES,
        Clock.systemUTC(),
        "test");
  }

  private static Connection connect(String database) throws SQLException {
    var properties = new Properties();
    if (DATABASE.user() != null) {
      properties.setProperty("user", DATABASE.user());
    }
    if (DATABASE.password() != null) {
      properties.setProperty("password", DATABASE.password());
    }
    var connection = DriverManager.getConnection(DATABASE.jdbcUrlOf(database), properties);
    connection.createStatement().execute("set timezone to 'UTC'");
    return connection;
  }

  private static List<String> column(Connection connection, String sql) throws SQLException {
    var values = new ArrayList<String>();
    try (var statement = connection.createStatement();
        var rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }
}
