package io.dbkeep.bootstrap;

import io.dbkeep.adapter.out.sqlimport.SqlSchemaReaders;
import io.dbkeep.adapter.out.studio.StudioDatabase;
import io.dbkeep.application.failure.DataStoreUnavailableException;
import io.dbkeep.application.service.studio.IntrospectDatabaseService;
import io.dbkeep.bootstrap.config.StudioDatabaseUrl;
import io.dbkeep.domain.schema.SchemaDocumentWriter;
import io.dbkeep.json.JsonCodec;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.List;

/** {@code dbkeep introspect}'s wiring: open the database read-only, introspect, write JSON. */
public final class StudioIntrospection {

  private StudioIntrospection() {}

  /** The document as JSON text, and the warnings (path: message) of what was not carried over. */
  public record Output(String json, List<String> warnings) {}

  /**
   * @return the output, or a one-line refusal (an unknown schema)
   * @throws DbkeepServer.StartupException when the database cannot be reached
   */
  public static Either<String, Output> run(
      StudioDatabaseUrl url, Option<String> schema, Duration statementTimeout) {
    StudioDatabase database;
    try {
      database = StudioDatabase.open(StudioWiring.settings(url, true, statementTimeout));
    } catch (DataStoreUnavailableException e) {
      throw new DbkeepServer.StartupException(
          "cannot open " + url.display() + ": " + DbkeepServer.rootMessage(e), e);
    }
    try (database) {
      return new IntrospectDatabaseService(database.catalog(), SqlSchemaReaders.checkTranslator())
          .introspect(schema)
          .mapLeft(error -> error.message())
          .map(
              result ->
                  new Output(
                      new JsonCodec().write(SchemaDocumentWriter.write(result.document())),
                      result.warnings().stream()
                          .map(problem -> problem.path() + ": " + problem.message())
                          .toList()));
    }
  }
}
