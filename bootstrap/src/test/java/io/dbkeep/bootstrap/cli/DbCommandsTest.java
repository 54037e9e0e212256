package io.dbkeep.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.bootstrap.Main;
import io.dbkeep.bootstrap.config.Environment;
import io.dbkeep.testsupport.OriginalDbkeepFixture;
import io.dbkeep.testsupport.PostgresTestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code dbkeep db} commands, run in-process against real PostgreSQL databases. */
class DbCommandsTest {

  @RegisterExtension static final PostgresTestDatabase DATABASE = new PostgresTestDatabase();

  @TempDir Path folder;

  record Run(int status, String out, String err) {}

  private Run db(Map<String, String> variables, String... args) {
    var env = new HashMap<>(Map.of("BACKUP_DIR", folder.resolve("backups").toString()));
    env.putAll(variables);
    var out = new StringWriter();
    var err = new StringWriter();
    var commandLine =
        Main.configure(new CommandLine(new DbCommand(new Environment(env), Clock.systemUTC())));
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    var status = commandLine.execute(args);
    return new Run(status, out.toString(), err.toString());
  }

  private Run db(String database, String... args) {
    return db(Map.of("DATABASE_URL", urlOf(database)), args);
  }

  private static String urlOf(String database) {
    return DATABASE.databaseUrl().replace("/" + DATABASE.name(), "/" + database);
  }

  @Test
  void statusMigrateBackupAndRestoreFromTheCommandLine() throws Exception {
    var source = DATABASE.createAnotherDatabase("cli_source");
    var pending = db(source, "status");
    assertThat(pending.status()).as(pending.err()).isEqualTo(1);
    assertThat(pending.out()).contains("Schema version:  none", "seed schema", "Not in sync.");

    var migrated = db(source, "migrate");
    assertThat(migrated.status()).as(migrated.err()).isZero();
    assertThat(migrated.out())
        .contains("Applied:  1  seed schema", "Schema version: none -> ")
        .doesNotContain("Backup:"); // an empty database needs none
    assertThat(db(source, "migrate").out()).startsWith("Nothing to migrate");

    var synced = db(source, "status");
    assertThat(synced.status()).isZero();
    assertThat(synced.out()).contains("the schema matches the mapping", "In sync.");

    execute(source, "insert into \"user\" (id, name, email) values ('u1', 'Ada', 'a@example.com')");
    execute(
        source,
        "insert into project (name, user_id, owner_id) values ('One', 'u1', 'u1'), ('Two', 'u1', 'u1')");
    var archive = folder.resolve("snapshot.zip");
    var backup = db(source, "backup", "--out", archive.toString());
    assertThat(backup.status()).as(backup.err()).isZero();
    assertThat(backup.out())
        .contains("Backup written to " + archive)
        .containsPattern("project +2 rows");

    var target = DATABASE.createAnotherDatabase("cli_target");
    var restored = db(target, "restore", archive.toString());
    assertThat(restored.status()).as(restored.err()).isZero();
    assertThat(restored.out()).contains("Verified", "3 rows", "checksums match");
    assertThat(db(target, "status").status()).isZero();

    var refused = db(target, "restore", archive.toString());
    assertThat(refused.status()).isEqualTo(1);
    assertThat(refused.err().lines()).singleElement().asString().contains("--force");
    assertThat(db(target, "restore", archive.toString(), "--force").status()).isZero();

    var corrupt = Files.writeString(folder.resolve("corrupt.zip"), "PK not really");
    var unreadable = db(target, "restore", corrupt.toString(), "--force");
    assertThat(unreadable.status()).isEqualTo(1);
    assertThat(unreadable.err().lines())
        .singleElement()
        .asString()
        .contains("not a readable archive");
  }

  /**
   * Issue 15, findings 4 and 7 from the command line: a crafted archive is refused with one line
   * and exit status 1 (its SQL never runs), and a backup is readable by its owner only.
   */
  @Test
  void aCraftedArchiveIsRefusedAndBackupsArePrivate() throws Exception {
    var rows = "n1\thello\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    var sha =
        java.util.HexFormat.of()
            .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(rows));
    var manifest =
        "{\"format\":\"dbkeep-backup\",\"formatVersion\":1,\"producer\":\"x\","
            + "\"createdAt\":\"2026-01-01T00:00:00Z\",\"schema\":\"public\","
            + "\"migrationVersion\":null,\"tables\":[{\"name\":\"note\","
            + "\"file\":\"tables/000-note.copy\",\"columns\":[{\"name\":\"id\",\"type\":\"text\","
            + "\"notNull\":true},{\"name\":\"body\",\"type\":"
            + "\"text); CREATE TABLE marker(x int); --\",\"notNull\":false}],"
            + "\"primaryKey\":[\"id\"],\"rows\":1,\"sha256\":\""
            + sha
            + "\"}]}";
    var crafted = folder.resolve("crafted.zip");
    try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(crafted))) {
      zip.putNextEntry(new java.util.zip.ZipEntry("tables/000-note.copy"));
      zip.write(rows);
      zip.closeEntry();
      zip.putNextEntry(new java.util.zip.ZipEntry("manifest.json"));
      zip.write(manifest.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    var target = DATABASE.createAnotherDatabase("cli_crafted");
    var refused = db(target, "restore", crafted.toString(), "--force");
    assertThat(refused.status()).as(refused.err()).isEqualTo(1);
    assertThat(refused.err().lines())
        .singleElement()
        .asString()
        .contains(crafted.toString(), "body", "type");
    try (var connection =
            java.sql.DriverManager.getConnection(DATABASE.jdbcUrlOf(target), properties());
        var result =
            connection
                .createStatement()
                .executeQuery(
                    "select count(*) from information_schema.tables where table_name = 'marker'")) {
      result.next();
      assertThat(result.getLong(1)).isZero();
    }

    assertThat(db(target, "migrate").status()).isZero();
    var archive = folder.resolve("private.zip");
    assertThat(db(target, "backup", "--out", archive.toString()).status()).isZero();
    assertThat(
            java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(archive)))
        .isEqualTo("rw-------");
  }

  @Test
  void migrateAdoptsAnOriginalDatabaseAfterABackupAndReportsWhatItKept() throws Exception {
    var original = DATABASE.createAnotherDatabase("cli_original");
    try (var connection =
        java.sql.DriverManager.getConnection(DATABASE.jdbcUrlOf(original), properties())) {
      OriginalDbkeepFixture.load(connection);
    }
    var status = db(original, "status");
    assertThat(status.status()).isEqualTo(1);
    assertThat(status.out()).contains("Original DBKeep: yes");

    var migrated = db(original, "migrate");
    assertThat(migrated.status()).as(migrated.err()).isZero();
    assertThat(migrated.out())
        .contains("Backup:   " + folder.resolve("backups").toAbsolutePath())
        .contains("-original.zip")
        .contains("Adopted the original DBKeep database in place")
        .contains(
            "unreadable document kept in project.legacy_data: " + OriginalDbkeepFixture.HALF_SAVED)
        .contains("unknown engine kept in project.legacy_engine: " + OriginalDbkeepFixture.LEGACY)
        .containsPattern("Schema version: none -> \\d+");
    assertThat(db(original, "status").status()).isZero();
  }

  @Test
  void pushIsRefusedInProductionAndNeedsForceForDestructiveSteps() throws Exception {
    var database = DATABASE.createAnotherDatabase("cli_push");
    assertThat(db(database, "migrate", "--no-backup").status()).isZero();
    execute(database, "alter table project drop column owner_type");
    execute(database, "alter table project alter column name type varchar(20)");

    var production =
        db(Map.of("DATABASE_URL", urlOf(database), "DBKEEP_ENV", "production"), "push");
    assertThat(production.status()).isEqualTo(1);
    assertThat(production.err()).contains("DBKEEP_ENV=production").contains("db generate");

    var destructive = db(database, "push");
    assertThat(destructive.status()).isEqualTo(1);
    assertThat(destructive.out()).contains("owner_type").contains("[destructive]");
    assertThat(destructive.err()).contains("destructive", "--force", "project.name");
    assertThat(db(database, "status").status()).isEqualTo(1);

    var forced = db(database, "push", "--force");
    assertThat(forced.status()).as(forced.err()).isZero();
    assertThat(db(database, "status").out()).contains("In sync.");
    assertThat(db(database, "push").out()).contains("Nothing to push");
  }

  @Test
  void configurationErrorsExitWithStatus2AndOneMaskedLine() {
    var badUrl = db(Map.of(), "status", "--database-url", "postgres://me:hunter2@db:port/x");
    assertThat(badUrl.status()).isEqualTo(2);
    assertThat(badUrl.err().lines()).singleElement().asString().contains("DATABASE_URL");
    assertThat(badUrl.err()).doesNotContain("hunter2");

    var badEnv =
        db(Map.of("DATABASE_URL", DATABASE.databaseUrl(), "DBKEEP_ENV", "staging"), "push");
    assertThat(badEnv.status()).isEqualTo(2);
    assertThat(badEnv.err().strip())
        .isEqualTo("dbkeep: DBKEEP_ENV must be development or production, not \"staging\"");

    var unreachable =
        db(
            Map.of("DATABASE_URL", "postgresql://me:hunter2@127.0.0.1:1/x?connectTimeout=1"),
            "status");
    assertThat(unreachable.status()).isEqualTo(1);
    assertThat(unreachable.err().lines())
        .singleElement()
        .asString()
        .startsWith("dbkeep: cannot use the database");
    assertThat(unreachable.err()).doesNotContain("hunter2");

    assertThat(db(Map.of(), new String[0]).status()).isEqualTo(2);
    var generate =
        db(
            Map.of("DATABASE_URL", DATABASE.databaseUrl()),
            "generate",
            "x",
            "--dir",
            folder.resolve("none").toString());
    assertThat(generate.status()).isEqualTo(1);
    assertThat(generate.err()).contains("does not exist");
    for (var command :
        new String[] {"status", "migrate", "backup", "restore", "generate", "push"}) {
      var help = db(Map.of(), command, "--help");
      assertThat(help.status()).as(command).isZero();
      assertThat(help.out()).as(command).contains("--database-url");
    }
  }

  private static java.util.Properties properties() {
    var properties = new java.util.Properties();
    if (DATABASE.user() != null) {
      properties.setProperty("user", DATABASE.user());
    }
    if (DATABASE.password() != null) {
      properties.setProperty("password", DATABASE.password());
    }
    return properties;
  }

  private static void execute(String database, String sql) throws SQLException {
    try (var connection =
            java.sql.DriverManager.getConnection(DATABASE.jdbcUrlOf(database), properties());
        var statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
