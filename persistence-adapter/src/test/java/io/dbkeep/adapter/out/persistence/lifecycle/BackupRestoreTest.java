package io.dbkeep.adapter.out.persistence.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.adapter.out.persistence.PersistenceSettings;
import io.dbkeep.adapter.out.persistence.PostgresPersistence;
import io.dbkeep.application.port.in.database.BackupDatabaseCommand;
import io.dbkeep.application.port.in.database.RestoreDatabaseCommand;
import io.dbkeep.application.service.database.BackupDatabaseService;
import io.dbkeep.application.service.database.RestoreDatabaseService;
import io.dbkeep.domain.database.DatabaseOperationError.Code;
import io.dbkeep.testsupport.PostgresTestDatabase;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backup → empty database → restore gives identical rows; the refusals leave the target untouched.
 */
class BackupRestoreTest {

  @RegisterExtension static final PostgresTestDatabase DATABASE = new PostgresTestDatabase();

  private static final String SNAPSHOT =
      "select 'user', row_to_json(u)::text from \"user\" u"
          + " union all select 'session', row_to_json(s)::text from session s"
          + " union all select 'account', row_to_json(a)::text from account a"
          + " union all select 'project', row_to_json(p)::text from project p order by 1, 2";

  private static String target;
  @TempDir Path folder;

  @BeforeAll
  static void seed() throws Exception {
    try (var lifecycle = open(DATABASE.jdbcUrl())) {
      lifecycle.migrations().migrate();
    }
    try (var connection = DATABASE.connect();
        var statement = connection.createStatement()) {
      statement.execute(
          "insert into \"user\" (id, name, email, role, ban_expires) values"
              + " ('u1', 'Ada', 'ada@example.com', 'admin', null),"
              + " ('u2', E'Zoë \"Tab\\tNew\\nline\" \\\\ back', 'zoe@example.com', 'user',"
              + " '2030-01-02T03:04:05.123456+02')");
      statement.execute(
          "insert into session (id, expires_at, token, user_id) values"
              + " ('s1', now() + interval '1 day', 'tok-1', 'u1')");
      statement.execute(
          "insert into account (id, account_id, provider_id, user_id, password) values"
              + " ('a1', 'u1', 'credential', 'u1', 'salt:key')");
      statement.execute(
          "insert into project (name, engine, data, user_id, owner_id) select"
              + " 'Project ' || i, case when i % 2 = 0 then 'MySQL' else 'PostgreSQL' end,"
              + " jsonb_build_object('tables', jsonb_build_array(jsonb_build_object('id', 't' || i,"
              + " 'name', E'na\\u00efve \\u2603 \"q\"', 'n', i * 1.5))),"
              + " 'u1', 'u1' from generate_series(1, 250) i");
    }
    target = DATABASE.createAnotherDatabase("restore_target");
  }

  @AfterAll
  static void dropTarget() throws SQLException {
    try (var admin = DATABASE.connectAdmin()) {
      admin.createStatement().execute("drop database if exists " + target + " with (force)");
    }
  }

  private static DatabaseLifecycle open(String jdbcUrl) {
    return DatabaseLifecycle.open(
        PersistenceSettings.of(jdbcUrl, DATABASE.user(), DATABASE.password()),
        PostgresPersistence.ENTITIES,
        Clock.systemUTC(),
        "test");
  }

  @Test
  void aBackupRestoredIntoAnEmptyDatabaseHasIdenticalRowsAndChecksums() throws Exception {
    try (var source = open(DATABASE.jdbcUrl());
        var destination = open(DATABASE.jdbcUrlOf(target))) {
      var backup =
          new BackupDatabaseService(source.archives(), source.migrations(), Clock.systemUTC())
              .backup(new BackupDatabaseCommand(Option.none(), folder));
      assertThat(backup.file().getFileName().toString())
          .matches("dbkeep-\\d{8}T\\d{6}Z-v\\d+\\.zip");
      // Issue 15, finding 7: password hashes and tokens are for the owner's eyes only.
      assertThat(
              java.nio.file.attribute.PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(backup.file())))
          .isEqualTo("rw-------");
      var current = source.migrations().status().currentVersion().get();
      assertThat(backup.manifest().migrationVersion().get()).isEqualTo(current);
      assertThat(backup.manifest().tables().map(t -> t.name()))
          .startsWith("user")
          .contains("account", "project", "session", "verification");
      assertThat(backup.manifest().tables().find(t -> t.name().equals("project")).get().rows())
          .isEqualTo(250);

      var restore = new RestoreDatabaseService(destination.archives(), destination.migrations());
      var restored = restore.restore(new RestoreDatabaseCommand(backup.file(), false));

      assertThat(restored.isRight()).as(String.valueOf(restored)).isTrue();
      assertThat(snapshot(DATABASE.jdbcUrlOf(target))).isEqualTo(snapshot(DATABASE.jdbcUrl()));
      // An existing, world-readable file in the way is replaced by a private one.
      Files.writeString(folder.resolve("again.zip"), "old");
      Files.setPosixFilePermissions(
          folder.resolve("again.zip"),
          java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-rw-"));
      var again =
          new BackupDatabaseService(
                  destination.archives(), destination.migrations(), Clock.systemUTC())
              .backup(new BackupDatabaseCommand(Option.of(folder.resolve("again.zip")), folder));
      assertThat(
              java.nio.file.attribute.PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(again.file())))
          .isEqualTo("rw-------");
      assertThat(again.manifest().tables()).isEqualTo(backup.manifest().tables());
      assertThat(destination.migrations().status().currentVersion().get()).isEqualTo(current);

      // now it holds data: a second restore is refused without --force, and replaces with it
      var refused = restore.restore(new RestoreDatabaseCommand(backup.file(), false));
      assertThat(refused.getLeft().code()).isEqualTo(Code.DATABASE_NOT_EMPTY);
      assertThat(refused.getLeft().message()).contains("--force");
      try (var connection = connectTo(DATABASE.jdbcUrlOf(target))) {
        connection.createStatement().execute("delete from project where name = 'Project 7'");
      }
      assertThat(restore.restore(new RestoreDatabaseCommand(backup.file(), true)).isRight())
          .isTrue();
      assertThat(snapshot(DATABASE.jdbcUrlOf(target))).isEqualTo(snapshot(DATABASE.jdbcUrl()));
    }
  }

  @Test
  void damagedMissingAndForeignArchivesAreRefusedWithoutTouchingTheDatabase() throws Exception {
    try (var source = open(DATABASE.jdbcUrl())) {
      var backup = source.archives().backup(folder.resolve("good.zip"));
      var restore = new RestoreDatabaseService(source.archives(), source.migrations());
      var before = snapshot(DATABASE.jdbcUrl());

      // a flipped byte in a table's rows: the zip's own CRC or our checksum catches it
      var bytes = Files.readAllBytes(backup.file());
      var damaged = folder.resolve("damaged.zip");
      bytes[bytes.length / 3] ^= 0x5a;
      Files.write(damaged, bytes);
      // rows rewritten with a valid zip but different content: only our checksum catches it
      var tampered = rewrite(backup.file(), folder.resolve("tampered.zip"), "project", "x", "y");
      var truncated = folder.resolve("truncated.zip");
      Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
      var notAZip = Files.writeString(folder.resolve("notes.zip"), "hello");

      for (var file :
          List.of(damaged, tampered, truncated, notAZip, folder.resolve("missing.zip"))) {
        var refused = restore.restore(new RestoreDatabaseCommand(file, true));
        assertThat(refused.isLeft()).as(file.toString()).isTrue();
        assertThat(refused.getLeft().code()).as(file.toString()).isEqualTo(Code.ARCHIVE_UNREADABLE);
        assertThat(refused.getLeft().message()).contains(file.toString());
      }
      assertThat(snapshot(DATABASE.jdbcUrl())).isEqualTo(before);
    }
  }

  @Test
  void anArchiveFromANewerSchemaVersionIsRefused() throws Exception {
    try (var source = open(DATABASE.jdbcUrl())) {
      var backup = source.archives().backup(folder.resolve("current.zip"));
      var newer =
          rewrite(
              backup.file(),
              folder.resolve("newer.zip"),
              "manifest.json",
              "\"migrationVersion\":\"" + backup.manifest().migrationVersion().get() + "\"",
              "\"migrationVersion\":\"999\"");

      var refused =
          new RestoreDatabaseService(source.archives(), source.migrations())
              .restore(new RestoreDatabaseCommand(newer, true));

      assertThat(refused.getLeft().code()).isEqualTo(Code.ARCHIVE_TOO_NEW);
      assertThat(refused.getLeft().message()).contains("999");
    }
  }

  /**
   * A copy of {@code zip} whose entries containing {@code entryPart} have {@code from} replaced.
   */
  private static Path rewrite(Path zip, Path copy, String entryPart, String from, String to)
      throws IOException {
    try (var in = new ZipFile(zip.toFile());
        var out = new ZipOutputStream(Files.newOutputStream(copy))) {
      for (var entry : java.util.Collections.list(in.entries())) {
        var content = in.getInputStream(entry).readAllBytes();
        if (entry.getName().contains(entryPart)) {
          var text = new String(content, StandardCharsets.UTF_8);
          var changed = text.contains(from) ? text.replace(from, to) : text + "extra\tline\n";
          content = changed.getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(entry.getName()));
        out.write(content);
        out.closeEntry();
      }
    }
    return copy;
  }

  private static java.sql.Connection connectTo(String jdbcUrl) throws SQLException {
    var properties = new java.util.Properties();
    if (DATABASE.user() != null) {
      properties.setProperty("user", DATABASE.user());
    }
    if (DATABASE.password() != null) {
      properties.setProperty("password", DATABASE.password());
    }
    return java.sql.DriverManager.getConnection(jdbcUrl, properties);
  }

  private static List<String> snapshot(String jdbcUrl) throws SQLException {
    var rows = new ArrayList<String>();
    try (var connection = connectTo(jdbcUrl);
        var statement = connection.createStatement()) {
      statement.execute("set timezone to 'UTC'");
      try (var result = statement.executeQuery(SNAPSHOT)) {
        while (result.next()) {
          rows.add(result.getString(1) + " " + result.getString(2));
        }
      }
    }
    return rows;
  }
}
