package io.dbkeep.bootstrap.cli;

import io.dbkeep.application.service.project.ExportSchemaService;
import io.dbkeep.bootstrap.SchemaWiring;
import io.dbkeep.bootstrap.config.Environment;
import io.dbkeep.bootstrap.config.ServerConfig;
import io.dbkeep.domain.format.TargetFormat;
import io.dbkeep.domain.project.Engine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dbkeep export --to dbml|mermaid|svg|png [--engine E] FILE|- [-o OUT]}: writes a schema
 * document (bare or an export envelope) as DBML, Mermaid, SVG or PNG, to OUT or standard output. A
 * document with errors for its engine is still written and drawn. Exit status 0 when written; 1
 * when the document cannot be read as a schema document (its problems on standard error); 2 on bad
 * usage: an unknown format or engine, a file that cannot be read or is not JSON, OUT that cannot be
 * written, or PNG asked for a terminal without {@code -o}.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Write a schema document as DBML, Mermaid, SVG or PNG.")
public final class ExportCommand implements Callable<Integer> {

  /** Whether standard output is a terminal; tests replace it. */
  static BooleanSupplier terminal = () -> System.console() != null;

  @Spec private CommandSpec spec;

  @Option(
      names = {"-t", "--to"},
      required = true,
      paramLabel = "FORMAT",
      description = "dbml, mermaid, svg or png")
  String to;

  @Option(
      names = {"-e", "--engine"},
      paramLabel = "ENGINE",
      description =
          "DBML's database_type: postgresql, mysql or sqlite"
              + " (default: the export's engine, else postgresql)")
  String engine;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description =
          "the file to write, replaced whole or left as it was (default or -: standard output;"
              + " PNG needs a file or a pipe)")
  Path output;

  @Parameters(paramLabel = "FILE", description = "the document; - reads standard input")
  String file;

  @Override
  public Integer call() {
    var err = spec.commandLine().getErr();
    var format = TargetFormat.parse(to);
    if (format.isEmpty()) {
      return usage("unknown format \"" + to + "\"; use dbml, mermaid, svg or png");
    }
    io.vavr.control.Option<Engine> chosen = io.vavr.control.Option.none();
    if (engine != null) {
      chosen = Engine.parse(engine);
      if (chosen.isEmpty()) {
        return usage("unknown engine \"" + engine + "\"; use postgresql, mysql or sqlite");
      }
    }
    if (output != null && output.toString().equals("-")) {
      output = null; // -o - is standard output, as FILE - is standard input
    }
    if (output == null && format.get() == TargetFormat.PNG && terminal.getAsBoolean()) {
      return usage("PNG is not written to a terminal: name a file with -o, or pipe the output");
    }
    io.dbkeep.domain.json.JsonValue json;
    try {
      json = DocumentFile.readJsonFile(file, System.in);
    } catch (DocumentFile.Unusable e) {
      return usage(e.getMessage());
    }
    var limits = ServerConfig.schemaLimits(Environment.system());
    var exported =
        new ExportSchemaService(limits, SchemaWiring.formatWriters())
            .exportSchema(json, format.get(), chosen);
    if (exported.isLeft()) {
      exported.getLeft().details().forEach(problem -> DocumentFile.printProblem(err, problem));
      err.println("dbkeep: " + DocumentFile.describe(file) + " is not a schema document");
      err.flush();
      return 1;
    }
    var bytes = exported.get().content();
    if (output != null) {
      try {
        OutputFile.write(output, bytes);
      } catch (IOException | RuntimeException e) {
        return usage(
            "cannot write "
                + output
                + ": "
                + DocumentFile.reason(e)
                + (Files.isRegularFile(output) ? " (the file is unchanged)" : ""));
      }
      return 0;
    }
    if (format.get() == TargetFormat.PNG) {
      System.out.write(bytes, 0, bytes.length);
      System.out.flush();
      return 0;
    }
    var out = spec.commandLine().getOut();
    out.print(new String(bytes, StandardCharsets.UTF_8));
    out.flush();
    return 0;
  }

  private int usage(String message) {
    var err = spec.commandLine().getErr();
    err.println("dbkeep: " + message);
    err.flush();
    return 2;
  }
}
