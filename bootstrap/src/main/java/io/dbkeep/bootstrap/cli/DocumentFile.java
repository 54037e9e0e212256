package io.dbkeep.bootstrap.cli;

import io.dbkeep.bootstrap.config.Environment;
import io.dbkeep.bootstrap.config.ServerConfig;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.SchemaDocument;
import io.dbkeep.domain.schema.SchemaDocumentReader;
import io.dbkeep.domain.schema.sql.SchemaValidator;
import io.dbkeep.domain.schema.sql.ValidationReport;
import io.dbkeep.json.JsonCodec;
import io.dbkeep.json.MalformedJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code --engine} option and {@code FILE} parameter of {@code sql} and {@code validate}: a
 * schema document named on the command line (a file, or {@code -} for standard input), read as a
 * bare document or an export envelope and validated for an engine.
 */
public final class DocumentFile {

  @Option(
      names = {"-e", "--engine"},
      paramLabel = "ENGINE",
      description = "postgresql, mysql or sqlite (default: the export's engine, else postgresql)")
  String engine;

  @Parameters(paramLabel = "FILE", description = "the document; - reads standard input")
  String file;

  /**
   * What {@code sql}, {@code validate} and {@code diff} work on.
   *
   * @param declaredEngine the engine an export envelope names, if the file is one
   */
  record Checked(
      SchemaDocument document,
      Engine engine,
      ValidationReport report,
      Optional<Engine> declaredEngine) {}

  /** The document could not be used at all: exit status 2 with this one-line message. */
  static final class Unusable extends Exception {
    private static final long serialVersionUID = 1L;

    Unusable(String message) {
      super(message);
    }
  }

  /**
   * Reads and validates the document; when it cannot be used, prints one line to {@code err} and
   * answers none (the command then exits 2).
   */
  Optional<Checked> check(PrintWriter err) {
    try {
      return Optional.of(check(file, engine, System.in));
    } catch (Unusable e) {
      err.println("dbkeep: " + e.getMessage());
      err.flush();
      return Optional.empty();
    }
  }

  static Checked check(String file, String engineOption, InputStream stdin) throws Unusable {
    Engine chosen = null;
    if (engineOption != null) {
      chosen =
          Engine.parse(engineOption)
              .getOrElseThrow(
                  () ->
                      new Unusable(
                          "unknown engine \""
                              + engineOption
                              + "\"; use postgresql, mysql or sqlite"));
    }
    var json = readJsonFile(file, stdin);
    var limits = ServerConfig.schemaLimits(Environment.system());
    var reader = new SchemaDocumentReader(limits);
    if (SchemaDocumentReader.isExportEnvelope(json)) {
      var envelope = reader.readExport(json);
      var engine = chosen != null ? chosen : envelope.value().engine();
      return new Checked(
          envelope.value().document(),
          engine,
          SchemaValidator.validateExport(envelope, engine),
          Optional.of(envelope.value().engine()));
    }
    var decoded = reader.read(json);
    var engine = chosen != null ? chosen : Engine.POSTGRESQL;
    return new Checked(
        decoded.value(), engine, SchemaValidator.validate(decoded, engine), Optional.empty());
  }

  /** The JSON of {@code file} ({@code -}: standard input); unreadable or malformed: unusable. */
  static io.dbkeep.domain.json.JsonValue readJsonFile(String file, InputStream stdin)
      throws Unusable {
    byte[] bytes;
    try {
      bytes = InputFiles.read(file, stdin);
    } catch (IOException | RuntimeException e) {
      throw new Unusable("cannot read " + describe(file) + ": " + reason(e));
    }
    return readJson(bytes, file);
  }

  private static io.dbkeep.domain.json.JsonValue readJson(byte[] bytes, String file)
      throws Unusable {
    try {
      return new JsonCodec().read(bytes);
    } catch (MalformedJsonException e) {
      throw new Unusable(describe(file) + " is not valid JSON: " + e.describe());
    }
  }

  static void printProblem(PrintWriter out, io.dbkeep.domain.problem.Problem problem) {
    out.println(
        problem.severity().name().toLowerCase(java.util.Locale.ROOT)
            + ": "
            + (problem.path().isEmpty() ? "(document)" : problem.path())
            + ": "
            + problem.message()
            + " ["
            + problem.code()
            + "]");
  }

  static String describe(String file) {
    return file.equals("-") ? "standard input" : file;
  }

  static String reason(Exception e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    var message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.lines().findFirst().orElse("");
  }
}
