package io.dbkeep.schematests;

import io.dbkeep.testsupport.MariaDbTestDatabase;
import io.dbkeep.testsupport.PostgresTestDatabase;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The engines' own dump tools, run on a test database: {@code pg_dump --schema-only}, MariaDB's
 * {@code mysqldump --no-data}, and the {@code sqlite3} shell's {@code .schema}.
 */
final class DumpTools {

  private DumpTools() {}

  static String pgDump(PostgresTestDatabase database) throws IOException, InterruptedException {
    var url = URI.create(database.jdbcUrl().substring("jdbc:".length()));
    var command = new ArrayList<>(List.of("pg_dump", "--schema-only", "--no-password"));
    command.addAll(List.of("-h", url.getHost(), "-p", String.valueOf(port(url, 5432))));
    if (database.user() != null) {
      command.addAll(List.of("-U", database.user()));
    }
    command.add(database.name());
    return run(command, "PGPASSWORD", database.password());
  }

  static String mysqlDump(MariaDbTestDatabase server, String database)
      throws IOException, InterruptedException {
    var url = URI.create(server.jdbcUrlOf(database).substring("jdbc:".length()));
    var command = new ArrayList<>(List.of("mysqldump", "--no-data", "--skip-ssl"));
    command.addAll(List.of("-h", url.getHost(), "-P", String.valueOf(port(url, 3306))));
    if (server.user() != null) {
      command.addAll(List.of("-u", server.user()));
    }
    command.add(database);
    return run(command, "MYSQL_PWD", server.password());
  }

  static String sqliteSchema(Path file) throws IOException, InterruptedException {
    return run(List.of("sqlite3", file.toString(), ".schema"), null, null);
  }

  private static int port(URI url, int fallback) {
    return url.getPort() < 0 ? fallback : url.getPort();
  }

  private static String run(List<String> command, String passwordVariable, String password)
      throws IOException, InterruptedException {
    var builder = new ProcessBuilder(command).redirectErrorStream(false);
    if (passwordVariable != null && password != null) {
      builder.environment().put(passwordVariable, password);
    }
    var process = builder.start();
    process.getOutputStream().close();
    var out = process.getInputStream().readAllBytes();
    var err = process.getErrorStream().readAllBytes();
    if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IOException(
          String.join(" ", command) + " failed: " + new String(err, StandardCharsets.UTF_8));
    }
    return new String(out, StandardCharsets.UTF_8);
  }
}
