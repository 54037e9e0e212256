package io.dbkeep.adapter.out.persistence.lifecycle;

import static io.dbkeep.adapter.out.persistence.migration.SchemaCatalog.quote;

import io.dbkeep.adapter.out.persistence.migration.FlywayMigrations;
import io.dbkeep.adapter.out.persistence.migration.SchemaCatalog;
import io.dbkeep.application.database.BackupReport;
import io.dbkeep.application.database.RestoreReport;
import io.dbkeep.application.port.out.database.DatabaseArchivePort;
import io.dbkeep.domain.database.ArchiveManifest;
import io.dbkeep.domain.database.ArchivedTable;
import io.dbkeep.domain.database.DatabaseOperationError;
import io.dbkeep.domain.database.DatabaseOperationError.Code;
import io.dbkeep.domain.database.SchemaVersion;
import io.dbkeep.json.JsonCodec;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link DatabaseArchivePort} with PostgreSQL's {@code COPY} through the driver's {@link
 * CopyManager}: a zip archive holding each table's rows in COPY's text format (read in primary-key
 * order, so equal data gives equal bytes) and a {@code manifest.json} with the schema version, the
 * columns, row counts and the SHA-256 of each table's rows.
 */
final class CopyArchive implements DatabaseArchivePort {

  private static final Logger LOG = LoggerFactory.getLogger(CopyArchive.class);
  private static final String MANIFEST = "manifest.json";

  /** A manifest larger than this is refused before it is parsed (a real one is a few KiB). */
  static final int MAX_MANIFEST_BYTES = 16 * 1024 * 1024;

  private final DataSource dataSource;
  private final FlywayMigrations migrations;
  private final JsonCodec codec = new JsonCodec();
  private final Clock clock;
  private final String producer;

  CopyArchive(DataSource dataSource, FlywayMigrations migrations, Clock clock, String producer) {
    this.dataSource = dataSource;
    this.migrations = migrations;
    this.clock = clock;
    this.producer = producer;
  }

  @Override
  public boolean hasTables() {
    try (var connection = dataSource.getConnection()) {
      var tables = SchemaCatalog.allTables(connection);
      tables.remove(SchemaCatalog.HISTORY_TABLE);
      return !tables.isEmpty();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the schema: " + e.getMessage(), e);
    }
  }

  @Override
  public long rowsPresent() {
    try (var connection = dataSource.getConnection()) {
      long rows = 0;
      for (var table : SchemaCatalog.dataTablesInDependencyOrder(connection)) {
        rows += SchemaCatalog.count(connection, table);
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot count the rows: " + e.getMessage(), e);
    }
  }

  @Override
  public BackupReport backup(Path file) {
    var target = file.toAbsolutePath().normalize();
    var partial = target.resolveSibling(target.getFileName() + ".partial");
    try {
      Files.createDirectories(target.getParent());
      ArchiveManifest manifest;
      try (var connection = dataSource.getConnection()) {
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        try {
          fixOutputFormats(connection);
          manifest = writeArchive(connection, partial);
          connection.commit();
        } finally {
          if (!connection.getAutoCommit()) {
            connection.rollback();
          }
        }
      }
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
      var report = new BackupReport(target, manifest, Files.size(target));
      LOG.info(
          "Backup written to {}: {} table(s), {} row(s), schema version {}",
          target,
          manifest.tables().size(),
          manifest.totalRows(),
          manifest.migrationVersion().map(SchemaVersion::text).getOrElse("none (original)"));
      return report;
    } catch (IOException e) {
      deleteQuietly(partial);
      throw new UncheckedIOException(
          "cannot write the backup " + target + ": " + e.getMessage(), e);
    } catch (SQLException e) {
      deleteQuietly(partial);
      throw new IllegalStateException("the backup failed: " + e.getMessage(), e);
    }
  }

  private ArchiveManifest writeArchive(Connection connection, Path partial)
      throws SQLException, IOException {
    var copy = connection.unwrap(PGConnection.class).getCopyAPI();
    var version = FlywayMigrations.appliedVersion(connection);
    var schema = SchemaCatalog.currentSchema(connection);
    var tables = new ArrayList<ArchivedTable>();
    var createdAt = clock.instant();
    try (var zip = new ZipOutputStream(createPrivateFile(partial))) {
      zip.setLevel(6);
      var names = SchemaCatalog.dataTablesInDependencyOrder(connection);
      for (int i = 0; i < names.size(); i++) {
        var table = names.get(i);
        var columns = SchemaCatalog.columns(connection, table);
        var key = SchemaCatalog.primaryKey(connection, table);
        zip.putNextEntry(new ZipEntry(ManifestJson.entryName(i, table)));
        var digest = new DigestingStream(zip);
        var rows =
            copy.copyOut(
                "copy (" + SchemaCatalog.orderedSelect(table, columns, key) + ") to stdout",
                digest);
        zip.closeEntry();
        tables.add(
            new ArchivedTable(table, List.ofAll(columns), List.ofAll(key), rows, digest.hex()));
      }
      var manifest =
          new ArchiveManifest(
              ArchiveManifest.FORMAT_VERSION, createdAt, version, List.ofAll(tables));
      zip.putNextEntry(new ZipEntry(MANIFEST));
      zip.write(codec.write(ManifestJson.write(manifest, schema, producer)).getBytes(UTF8));
      zip.closeEntry();
      return manifest;
    }
  }

  private static final java.nio.charset.Charset UTF8 = java.nio.charset.StandardCharsets.UTF_8;

  @Override
  public Either<DatabaseOperationError, ArchiveManifest> inspect(Path file) {
    try (var zip = new ZipFile(file.toFile())) {
      var entry = zip.getEntry(MANIFEST);
      if (entry == null) {
        return unreadable(file, "it is not a DBKeep backup (it has no " + MANIFEST + ")");
      }
      ArchiveManifest manifest;
      try (var in = zip.getInputStream(entry)) {
        var bytes = in.readNBytes(MAX_MANIFEST_BYTES + 1);
        if (bytes.length > MAX_MANIFEST_BYTES) {
          return unreadable(
              file, "its manifest is larger than " + MAX_MANIFEST_BYTES / (1024 * 1024) + " MiB");
        }
        manifest = ManifestJson.read(codec.read(bytes));
      } catch (RuntimeException e) {
        return unreadable(file, "its manifest is unusable: " + e.getMessage());
      }
      var foreign = foreignEntry(zip, manifest);
      if (foreign.isDefined()) {
        return unreadable(file, foreign.get());
      }
      for (int i = 0; i < manifest.tables().size(); i++) {
        var table = manifest.tables().get(i);
        var data = zip.getEntry(ManifestJson.entryName(i, table.name()));
        if (data == null) {
          return unreadable(file, "the rows of table " + table.name() + " are missing");
        }
        var digest = new DigestingStream(OutputStream.nullOutputStream());
        try (var in = zip.getInputStream(data)) {
          // Stop as soon as the entry holds more rows than the manifest says: a small entry that
          // inflates to gigabytes of rows is refused without reading it all.
          var buffer = new byte[64 * 1024];
          for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            digest.write(buffer, 0, read);
            if (digest.lines() > table.rows()) {
              return unreadable(
                  file,
                  "table "
                      + table.name()
                      + " holds more rows than its manifest says: the archive is damaged");
            }
          }
        }
        if (!digest.hex().equals(table.sha256()) || digest.lines() != table.rows()) {
          return unreadable(
              file,
              "table "
                  + table.name()
                  + " does not match its checksum or row count: the archive is damaged");
        }
      }
      return Either.right(manifest);
    } catch (NoSuchFileException e) {
      return unreadable(file, "there is no such file");
    } catch (ZipException e) {
      return unreadable(file, "it is not a readable archive (" + e.getMessage() + ")");
    } catch (IOException e) {
      if (!Files.exists(file)) {
        return unreadable(file, "there is no such file");
      }
      return unreadable(file, "it cannot be read (" + e.getMessage() + ")");
    }
  }

  /**
   * Why the archive holds more than its manifest and its tables' rows (an entry of another name, a
   * path, a duplicate), or none. Entries are only ever read by name, never written out as files;
   * refusing the rest keeps a crafted archive from meaning two things.
   */
  private static Option<String> foreignEntry(ZipFile zip, ArchiveManifest manifest) {
    var expected = new java.util.HashSet<String>();
    expected.add(MANIFEST);
    for (int i = 0; i < manifest.tables().size(); i++) {
      expected.add(ManifestJson.entryName(i, manifest.tables().get(i).name()));
    }
    var seen = new java.util.HashSet<String>();
    var entries = zip.entries();
    while (entries.hasMoreElements()) {
      var name = entries.nextElement().getName();
      var shown = name.length() > 80 ? name.substring(0, 80) + "…" : name;
      if (!expected.contains(name)) {
        return Option.of("it holds an entry that is not part of a DBKeep backup: " + shown);
      }
      if (!seen.add(name)) {
        return Option.of("it holds the entry " + shown + " twice");
      }
    }
    return Option.none();
  }

  private static <T> Either<DatabaseOperationError, T> unreadable(Path file, String why) {
    return Either.left(
        new DatabaseOperationError(Code.ARCHIVE_UNREADABLE, "cannot restore " + file + ": " + why));
  }

  @Override
  public Either<DatabaseOperationError, RestoreReport> restore(
      Path file, ArchiveManifest manifest, boolean replacedExistingData) {
    var version = manifest.migrationVersion();
    if (version.isDefined() && !migrations.knows(version.get())) {
      return Either.left(
          new DatabaseOperationError(
              Code.ARCHIVE_MISMATCH,
              "the archive is at schema version "
                  + version.get()
                  + ", which this DBKeep has no migration for"));
    }
    try (var zip = new ZipFile(file.toFile())) {
      recreateSchema(manifest);
      try (var connection = dataSource.getConnection()) {
        connection.setAutoCommit(false);
        try {
          var outcome = load(connection, zip, manifest);
          if (outcome.isDefined()) {
            connection.rollback();
            return Either.left(outcome.get());
          }
          connection.commit();
        } catch (SQLException | IOException | RuntimeException e) {
          connection.rollback();
          throw e;
        }
      }
      LOG.info(
          "Restored {} ({} row(s), schema version {}) and verified every table",
          file,
          manifest.totalRows(),
          version.map(SchemaVersion::text).getOrElse("none (original)"));
      return Either.right(new RestoreReport(file, manifest, replacedExistingData));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    } catch (SQLException e) {
      throw new IllegalStateException("the restore failed: " + e.getMessage(), e);
    }
  }

  /**
   * Empties the schema and rebuilds it as the archive knew it: by the migrations up to its version,
   * or (for an original DBKeep database, which had no migrations) from the archived column list.
   */
  private void recreateSchema(ArchiveManifest manifest) throws SQLException {
    boolean hasTables;
    try (var connection = dataSource.getConnection()) {
      hasTables = !SchemaCatalog.allTables(connection).isEmpty();
    }
    if (hasTables) {
      migrations.clean();
    }
    if (manifest.migrationVersion().isDefined()) {
      migrations.migrateTo(manifest.migrationVersion().get());
      return;
    }
    try (var connection = dataSource.getConnection();
        var statement = connection.createStatement()) {
      for (var table : manifest.tables()) {
        // Checked when the manifest was read; checked again where the text is built.
        ManifestJson.checkName(table.name(), "a table");
        var definitions =
            new ArrayList<>(
                table
                    .columns()
                    .map(
                        c ->
                            quote(ManifestJson.checkName(c.name(), "a column"))
                                + " "
                                + ManifestJson.checkType(c.type(), "column " + c.name())
                                + (c.notNull() ? " not null" : ""))
                    .toJavaList());
        if (!table.primaryKey().isEmpty()) {
          definitions.add(
              "primary key ("
                  + String.join(", ", table.primaryKey().map(SchemaCatalog::quote).toJavaList())
                  + ")");
        }
        statement.execute(
            "create table " + quote(table.name()) + " (" + String.join(", ", definitions) + ")");
      }
    }
  }

  /** Loads and verifies every table; returns a refusal, or nothing when all is well. */
  private Option<DatabaseOperationError> load(
      Connection connection, ZipFile zip, ArchiveManifest manifest)
      throws SQLException, IOException {
    fixOutputFormats(connection);
    var copy = connection.unwrap(PGConnection.class).getCopyAPI();
    var order = SchemaCatalog.dataTablesInDependencyOrder(connection);
    for (var table : manifest.tables()) {
      if (!order.contains(table.name())) {
        return Option.of(mismatch("the schema has no table " + table.name()));
      }
      var present = SchemaCatalog.columns(connection, table.name()).stream().map(c -> c.name());
      var names = present.toList();
      for (var column : table.columns()) {
        if (!names.contains(column.name())) {
          return Option.of(mismatch("table " + table.name() + " has no column " + column.name()));
        }
      }
    }
    if (!manifest.tables().isEmpty()) {
      try (var statement = connection.createStatement()) {
        statement.execute(
            "truncate "
                + String.join(", ", manifest.tables().map(t -> quote(t.name())).toJavaList())
                + " cascade");
      }
    }
    for (var name : order) {
      var index = manifest.tables().indexWhere(t -> t.name().equals(name));
      if (index < 0) {
        continue;
      }
      var table = manifest.tables().get(index);
      try (InputStream in = zip.getInputStream(zip.getEntry(ManifestJson.entryName(index, name)))) {
        copy.copyIn(
            "copy "
                + quote(name)
                + " ("
                + String.join(", ", table.columns().map(c -> quote(c.name())).toJavaList())
                + ") from stdin",
            in);
      }
    }
    resetSequences(connection);
    for (var table : manifest.tables()) {
      var digest = new DigestingStream(OutputStream.nullOutputStream());
      var rows =
          copy.copyOut(
              "copy ("
                  + SchemaCatalog.orderedSelect(
                      table.name(), table.columns().toJavaList(), table.primaryKey().toJavaList())
                  + ") to stdout",
              digest);
      if (rows != table.rows() || !digest.hex().equals(table.sha256())) {
        return Option.of(
            new DatabaseOperationError(
                Code.RESTORE_VERIFICATION_FAILED,
                "table "
                    + table.name()
                    + " read back "
                    + rows
                    + " row(s) that do not match the archive ("
                    + table.rows()
                    + " row(s)); nothing was restored"));
      }
    }
    return Option.none();
  }

  private static DatabaseOperationError mismatch(String why) {
    return new DatabaseOperationError(
        Code.ARCHIVE_MISMATCH, "the archive does not fit the schema of its version: " + why);
  }

  /** Moves every sequence owned by a column past the column's largest value. */
  private static void resetSequences(Connection connection) throws SQLException {
    var sequences = new ArrayList<String[]>();
    try (var statement =
            connection.prepareStatement(
                "select c.relname, a.attname, pg_get_serial_sequence(quote_ident(c.relname),"
                    + " a.attname) from pg_attribute a join pg_class c on c.oid = a.attrelid"
                    + " join pg_namespace n on n.oid = c.relnamespace"
                    + " where n.nspname = current_schema() and c.relkind in ('r', 'p')"
                    + " and a.attnum > 0 and not a.attisdropped"
                    + " and pg_get_serial_sequence(quote_ident(c.relname), a.attname) is not null");
        var rows = statement.executeQuery()) {
      while (rows.next()) {
        sequences.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
      }
    }
    for (var sequence : sequences) {
      try (var statement =
          connection.prepareStatement(
              "select setval(?, coalesce((select max("
                  + quote(sequence[1])
                  + ") from "
                  + quote(sequence[0])
                  + "), 1), (select count(*) > 0 from "
                  + quote(sequence[0])
                  + "))")) {
        statement.setString(1, sequence[2]);
        statement.execute();
      }
    }
  }

  /** Output settings that make COPY's text the same on every server and session. */
  private static void fixOutputFormats(Connection connection) throws SQLException {
    try (var statement = connection.createStatement()) {
      statement.execute("set local timezone to 'UTC'");
      statement.execute("set local datestyle to 'ISO, MDY'");
      statement.execute("set local intervalstyle to 'postgres'");
      statement.execute("set local extra_float_digits to 1");
      statement.execute("set local bytea_output to 'hex'");
      statement.execute("set local statement_timeout to 0");
    }
  }

  /**
   * Creates {@code file} readable and writable by its owner only (0600) in the same system call
   * that creates it, so that no other account can open it in between: a backup holds password
   * hashes and session tokens. A file left over by an earlier, failed run is replaced.
   */
  static OutputStream createPrivateFile(Path file) throws IOException {
    Files.deleteIfExists(file);
    var posix =
        file.getFileSystem().supportedFileAttributeViews().contains("posix")
            ? new java.nio.file.attribute.FileAttribute<?>[] {
              java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                  java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"))
            }
            : new java.nio.file.attribute.FileAttribute<?>[0];
    var channel =
        Files.newByteChannel(
            file,
            java.util.Set.of(
                java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE),
            posix);
    return java.nio.channels.Channels.newOutputStream(channel);
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.warn("Could not delete {}: {}", file, e.getMessage());
    }
  }

  /** Passes bytes through (never closing the target), hashing them and counting lines. */
  private static final class DigestingStream extends FilterOutputStream {
    private final MessageDigest digest;
    private long lines;

    DigestingStream(OutputStream target) {
      super(target);
      try {
        digest = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      digest.update((byte) b);
      if (b == '\n') {
        lines++;
      }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      out.write(bytes, offset, length);
      digest.update(bytes, offset, length);
      for (int i = offset; i < offset + length; i++) {
        if (bytes[i] == '\n') {
          lines++;
        }
      }
    }

    @Override
    public void close() throws IOException {
      flush();
    }

    long lines() {
      return lines;
    }

    String hex() {
      return HexFormat.of().formatHex(digest.digest());
    }
  }
}
