package io.dbkeep.examples.embed;

import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.sql.DdlExporter;
import io.dbkeep.domain.schema.sql.SchemaValidator;
import io.dbkeep.json.SchemaDocumentJson;
import java.util.stream.Collectors;

/** Reads a DBKeep schema document, validates it for an engine and returns its DDL. */
public final class SchemaToSql {

  private static final SchemaDocumentJson JSON = new SchemaDocumentJson();

  private SchemaToSql() {}

  /**
   * The DDL of {@code documentJson} for {@code engine}.
   *
   * @throws IllegalArgumentException naming every error (path and message) when the document is
   *     not valid for the engine
   */
  public static String toSql(String documentJson, Engine engine) {
    var read = JSON.readDocument(documentJson);
    var report = SchemaValidator.validate(read, engine);
    if (!report.isValid()) {
      throw new IllegalArgumentException(
          report.errors().stream()
              .map(problem -> problem.path() + ": " + problem.message())
              .collect(Collectors.joining("; ")));
    }
    return DdlExporter.export(read.value(), engine).get().sql();
  }

  public static void main(String[] args) throws Exception {
    var text = java.nio.file.Files.readString(java.nio.file.Path.of(args[0]));
    System.out.print(toSql(text, Engine.parse(args.length > 1 ? args[1] : "postgresql").get()));
  }
}
