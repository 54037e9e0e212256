package io.dbkeep.adapter.out.persistence.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.adapter.out.persistence.PersistenceSettings;
import io.dbkeep.adapter.out.persistence.PostgresPersistence;
import io.dbkeep.application.port.in.database.RestoreDatabaseCommand;
import io.dbkeep.application.service.database.RestoreDatabaseService;
import io.dbkeep.domain.database.DatabaseOperationError.Code;
import io.dbkeep.testsupport.PostgresTestDatabase;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, finding 4: a backup archive is input from outside. A crafted manifest (names, types,
 * unknown fields, sizes) or a crafted zip (foreign entries, traversal, duplicates, huge entries) is
 * refused before the database is touched, and never reaches SQL text.
 */
class HostileArchiveTest {

  @RegisterExtension static final PostgresTestDatabase DATABASE = new PostgresTestDatabase();

  @TempDir Path folder;
  private String target;

  @BeforeEach
  void emptyTarget() throws SQLException {
    target = DATABASE.createAnotherDatabase("hostile_" + System.nanoTime() % 1_000_000);
  }

  private DatabaseLifecycle open() {
    return DatabaseLifecycle.open(
        PersistenceSettings.of(DATABASE.jdbcUrlOf(target), DATABASE.user(), DATABASE.password()),
        PostgresPersistence.ENTITIES,
        Clock.systemUTC(),
        "test");
  }

  /** A table of an original-DBKeep archive (no migration version): rows as COPY text. */
  private record Table(String name, List<String[]> columns, List<String> key, String rows) {}

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private static String json(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String manifest(List<Table> tables, String extraRoot, String extraTable)
      throws Exception {
    var entries = new ArrayList<String>();
    for (int i = 0; i < tables.size(); i++) {
      var table = tables.get(i);
      var columns = new ArrayList<String>();
      for (var column : table.columns()) {
        columns.add(
            "{\"name\":"
                + json(column[0])
                + ",\"type\":"
                + json(column[1])
                + ",\"notNull\":false}");
      }
      var rows = table.rows().getBytes(StandardCharsets.UTF_8);
      entries.add(
          "{\"name\":"
              + json(table.name())
              + ",\"file\":"
              + json(ManifestJson.entryName(i, table.name()))
              + ",\"columns\":["
              + String.join(",", columns)
              + "],\"primaryKey\":["
              + String.join(",", table.key().stream().map(HostileArchiveTest::json).toList())
              + "],\"rows\":"
              + table.rows().chars().filter(c -> c == '\n').count()
              + ",\"sha256\":"
              + json(sha256(rows))
              + extraTable
              + "}");
    }
    return "{\"format\":\"dbkeep-backup\",\"formatVersion\":1,\"producer\":\"test\","
        + "\"createdAt\":\"2026-01-01T00:00:00Z\",\"schema\":\"public\",\"migrationVersion\":null,"
        + "\"tables\":["
        + String.join(",", entries)
        + "]"
        + extraRoot
        + "}";
  }

  private Path archive(String name, List<Table> tables, String manifest, Map<String, byte[]> extra)
      throws Exception {
    var file = folder.resolve(name);
    try (var zip = new ZipOutputStream(Files.newOutputStream(file))) {
      for (int i = 0; i < tables.size(); i++) {
        zip.putNextEntry(new ZipEntry(ManifestJson.entryName(i, tables.get(i).name())));
        zip.write(tables.get(i).rows().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
      for (var entry : extra.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
      zip.putNextEntry(new ZipEntry("manifest.json"));
      zip.write(manifest.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return file;
  }

  private Path archive(String name, List<Table> tables) throws Exception {
    return archive(name, tables, manifest(tables, "", ""), Map.of());
  }

  private static Table note(String type) {
    return new Table(
        "note",
        List.of(new String[] {"id", "text"}, new String[] {"body", type}),
        List.of("id"),
        "n1\thello\n");
  }

  private List<String> tablesOfTarget() throws SQLException {
    var properties = new Properties();
    if (DATABASE.user() != null) {
      properties.setProperty("user", DATABASE.user());
    }
    if (DATABASE.password() != null) {
      properties.setProperty("password", DATABASE.password());
    }
    var names = new ArrayList<String>();
    try (var connection =
            java.sql.DriverManager.getConnection(DATABASE.jdbcUrlOf(target), properties);
        var result =
            connection
                .createStatement()
                .executeQuery(
                    "select table_schema || '.' || table_name from information_schema.tables"
                        + " where table_schema not in ('pg_catalog', 'information_schema')"
                        + " order by 1")) {
      while (result.next()) {
        names.add(result.getString(1));
      }
    }
    return names;
  }

  private void assertRefused(Path file, String why) throws SQLException {
    var before = tablesOfTarget();
    try (var lifecycle = open()) {
      var result =
          new RestoreDatabaseService(lifecycle.archives(), lifecycle.migrations())
              .restore(new RestoreDatabaseCommand(file, true));
      assertThat(result.isLeft()).as("%s: %s", why, result).isTrue();
      assertThat(result.getLeft().code()).as(why).isEqualTo(Code.ARCHIVE_UNREADABLE);
      assertThat(result.getLeft().message()).as(why).contains(file.toString());
    }
    assertThat(tablesOfTarget())
        .as("untouched: %s", why)
        .isEqualTo(before)
        .doesNotContain("public.marker");
  }

  @Test
  void aWellFormedOriginalArchiveRestores() throws Exception {
    var file =
        archive(
            "original.zip",
            List.of(
                new Table(
                    "note",
                    List.of(
                        new String[] {"id", "text"},
                        new String[] {"body", "character varying(200)"},
                        new String[] {"at", "timestamp(3) with time zone"},
                        new String[] {"amount", "numeric(10,2)"},
                        new String[] {"tags", "text[]"}),
                    List.of("id"),
                    "n1\thello\t2026-01-01 00:00:00+00\t1.50\t{a,b}\n")));
    try (var lifecycle = open()) {
      var result =
          new RestoreDatabaseService(lifecycle.archives(), lifecycle.migrations())
              .restore(new RestoreDatabaseCommand(file, true));
      assertThat(result.isRight()).as(String.valueOf(result)).isTrue();
    }
    assertThat(tablesOfTarget()).contains("public.note");
  }

  @Test
  void aColumnTypeCarryingSqlIsRefusedAndNeverExecuted() throws Exception {
    for (var type :
        List.of(
            "text); CREATE TABLE marker(x int); --",
            "text, x int); CREATE TABLE marker(x int); --",
            "text default (select 1)",
            "text collate \"C\"",
            "text /* */",
            "varchar(10); create table marker(x int)",
            "numeric(1000000000000)",
            "TEXT",
            "no_such_type",
            // issue 15 re-walk: look-alike separators, line breaks, padding, deep arrays
            "text\u037e CREATE TABLE marker(x int)",
            "text\nCREATE TABLE marker(x int)",
            "text\u0000",
            "text[]" + "[]".repeat(100),
            "character varying(200)" + " ".repeat(10_000),
            "numeric(10,2) ; CREATE TABLE marker(x int)",
            "")) {
      assertRefused(archive("type.zip", List.of(note(type))), "type " + type);
    }
  }

  @Test
  void hostileNamesAreRefused() throws Exception {
    for (var name :
        List.of(
            "note\" (x int); CREATE TABLE marker(x int); --",
            "x".repeat(64),
            "Note",
            "1note",
            "no te",
            "pg_catalog.pg_class",
            // issue 15 re-walk: unicode, look-alikes, controls, quotes of every kind
            "n\u00f6te",
            "\u0441ote",
            "note\n",
            "no\u0000te",
            "note;",
            "note`",
            "note'",
            "note\u2019",
            "x".repeat(60_000), // the zip entry name carries it: at most 65535 bytes
            "")) {
      var table =
          new Table(name, List.<String[]>of(new String[] {"id", "text"}), List.of("id"), "n1\n");
      assertRefused(archive("name.zip", List.of(table)), "table " + name);
      var column =
          new Table(
              "note",
              List.of(new String[] {"id", "text"}, new String[] {name, "text"}),
              List.of("id"),
              "n1\tx\n");
      assertRefused(archive("column.zip", List.of(column)), "column " + name);
    }
    var keyNotAColumn =
        new Table("note", List.<String[]>of(new String[] {"id", "text"}), List.of("nope"), "n1\n");
    assertRefused(archive("key.zip", List.of(keyNotAColumn)), "a key that is no column");
    var twice =
        new Table(
            "note",
            List.of(new String[] {"id", "text"}, new String[] {"id", "text"}),
            List.of("id"),
            "n1\tn1\n");
    assertRefused(archive("twice.zip", List.of(twice)), "a column twice");
    var note = note("text");
    assertRefused(archive("tables-twice.zip", List.of(note, note)), "a table twice");
  }

  @Test
  void unknownFieldsAreRefused() throws Exception {
    var tables = List.of(note("text"));
    assertRefused(
        archive("root.zip", tables, manifest(tables, ",\"sql\":\"drop table x\"", ""), Map.of()),
        "an unknown root field");
    assertRefused(
        archive("table.zip", tables, manifest(tables, "", ",\"default\":\"1\""), Map.of()),
        "an unknown table field");
    var wrongFile =
        manifest(tables, "", "")
            .replace(json(ManifestJson.entryName(0, "note")), json("../../etc/passwd"));
    assertRefused(archive("file.zip", tables, wrongFile, Map.of()), "a file field elsewhere");
  }

  @Test
  void foreignTraversingDuplicateAndHugeEntriesAreRefused() throws Exception {
    var tables = List.of(note("text"));
    var manifest = manifest(tables, "", "");
    for (var name : List.of("../../evil.sh", "/etc/cron.d/x", "tables/001-other.copy", "x")) {
      assertRefused(
          archive("extra.zip", tables, manifest, Map.of(name, new byte[] {1})), "entry " + name);
    }
    // Two entries with the same name: written under two names, then renamed in place.
    var twice =
        archive(
            "twice.zip",
            tables,
            manifest,
            new LinkedHashMap<>(Map.of("tables/000-notf.copy", new byte[] {1})));
    var bytes = Files.readAllBytes(twice);
    var text =
        new String(bytes, StandardCharsets.ISO_8859_1).replace("000-notf.copy", "000-note.copy");
    Files.write(twice, text.getBytes(StandardCharsets.ISO_8859_1));
    assertRefused(twice, "a duplicate entry");

    // A manifest of 64 MiB that deflates to a few hundred KiB.
    var huge = new ByteArrayOutputStream();
    huge.writeBytes(manifest.substring(0, manifest.length() - 1).getBytes(StandardCharsets.UTF_8));
    huge.writeBytes(",\"producer\":\"".getBytes(StandardCharsets.UTF_8));
    var spaces = new byte[1 << 20];
    java.util.Arrays.fill(spaces, (byte) 'a');
    for (int i = 0; i < 64; i++) {
      huge.writeBytes(spaces);
    }
    huge.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
    assertRefused(
        archive("bomb.zip", tables, huge.toString(StandardCharsets.UTF_8), Map.of()),
        "a huge manifest");

    // A table entry that inflates to 256 MiB of rows while its manifest says one row.
    var bombRows = folder.resolve("bomb-rows.zip");
    try (var zip = new ZipOutputStream(Files.newOutputStream(bombRows))) {
      zip.putNextEntry(new ZipEntry(ManifestJson.entryName(0, "note")));
      var lines = new byte[1 << 20];
      java.util.Arrays.fill(lines, (byte) '\n');
      for (int i = 0; i < 256; i++) {
        zip.write(lines);
      }
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("manifest.json"));
      zip.write(manifest.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    assertThat(Files.size(bombRows)).isLessThan(2L << 20);
    assertRefused(bombRows, "an entry that inflates to more rows than its manifest says");

    var many = new ArrayList<Table>();
    for (int i = 0; i < 1001; i++) {
      many.add(new Table("t" + i, List.<String[]>of(new String[] {"id", "text"}), List.of(), ""));
    }
    assertRefused(archive("many.zip", many), "too many tables");
  }
}
