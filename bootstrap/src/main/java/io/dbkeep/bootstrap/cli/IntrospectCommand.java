package io.dbkeep.bootstrap.cli;

import io.dbkeep.bootstrap.DatabaseChoice;
import io.dbkeep.bootstrap.StudioIntrospection;
import io.dbkeep.bootstrap.config.ConfigurationException;
import io.dbkeep.bootstrap.config.DatabaseUrl;
import io.dbkeep.bootstrap.config.Environment;
import io.dbkeep.bootstrap.config.StudioConfig;
import io.dbkeep.bootstrap.config.StudioDatabaseUrl;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dbkeep introspect}: a live database's structure as a schema document. */
@Command(
    name = "introspect",
    mixinStandardHelpOptions = true,
    description = {
      "Read a live database's structure and write it as a DBKeep schema document (JSON):",
      "tables, columns, keys, unique constraints, relations, indexes, comments, enums, laid out.",
      "What a document cannot express is named on standard error."
    })
public final class IntrospectCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--database-url",
      paramLabel = "URL",
      description =
          "postgres://…, mysql://…, mariadb://…, jdbc:…, jdbc:sqlite:FILE; default: $DATABASE_URL,"
              + " else DBKeep's own database (the embedded one when nothing answers at localhost:5432);"
              + " embedded")
  String databaseUrl;

  @Option(
      names = "--schema",
      paramLabel = "NAME",
      description = "The schema to read (default: public; MySQL: the URL's database; SQLite: main)")
  String schema;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the document here instead of standard output")
  Path out;

  private final Environment environment;

  public IntrospectCommand() {
    this(Environment.system());
  }

  IntrospectCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws IOException {
    var timeout = StudioConfig.statementTimeout(environment);
    io.vavr.control.Either<String, StudioIntrospection.Output> result;
    try (var choice = DatabaseChoice.choose(environment, databaseUrl, DatabaseChoice.Use.TOOL)) {
      var url =
          choice.url() != null
              ? choice.url()
              : environment.text("DATABASE_URL").orElse(DatabaseUrl.DEFAULT);
      result =
          StudioIntrospection.run(
              StudioDatabaseUrl.parse(url), io.vavr.control.Option.of(schema), timeout);
    }
    var err = spec.commandLine().getErr();
    if (result.isLeft()) {
      err.println("dbkeep: " + result.getLeft());
      return 1;
    }
    for (var warning : result.get().warnings()) {
      err.println("warning: " + warning);
    }
    var json = result.get().json() + "\n";
    if (out == null) {
      spec.commandLine().getOut().print(json);
      spec.commandLine().getOut().flush();
    } else {
      try {
        Files.writeString(out, json, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new ConfigurationException("cannot write " + out + ": " + e.getMessage());
      }
    }
    return 0;
  }
}
