package io.dbkeep.adapter.out.sqlimport;

import io.dbkeep.application.port.out.format.SchemaTextReader;
import io.dbkeep.domain.format.ImportError;
import io.dbkeep.domain.format.ImportedSchema;
import io.dbkeep.domain.format.SourceFormat;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.SchemaLimits;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Reads one engine's SQL — hand-written DDL or a whole dump — into a schema document. The text is
 * split into statements by a lexer of the engine's rules (so a {@code ;} in a literal, a dollar
 * quote or a comment never splits), each statement is applied to a draft, and the draft becomes a
 * document. Linear in the text; texts over {@link #MAX_CHARACTERS} are refused.
 */
final class SqlSchemaReader implements SchemaTextReader {

  /** The longest text read: 64 Mi characters (a 10,000-table dump is about 5 MB). */
  static final int MAX_CHARACTERS = 64 * 1024 * 1024;

  /** The most tables read, as for DBML: a schema document holds no more. */
  static final int MAX_TABLES = SchemaLimits.DEFAULT.maxTables();

  private final SourceFormat format;
  private final Engine engine;
  private final Lexicon lexicon;

  SqlSchemaReader(SourceFormat format) {
    this.format = format;
    this.engine =
        format.engine().getOrElseThrow(() -> new IllegalArgumentException(format + " is not SQL"));
    this.lexicon =
        switch (engine) {
          case POSTGRESQL -> Lexicon.POSTGRESQL;
          case MYSQL -> Lexicon.MYSQL;
          case SQLITE -> Lexicon.SQLITE;
        };
  }

  @Override
  public SourceFormat format() {
    return format;
  }

  @Override
  public Either<ImportError, ImportedSchema> read(String text) {
    if (text == null) {
      return Either.left(
          new ImportError(ImportError.Code.SYNTAX_ERROR, 1, 1, "there is no text to import"));
    }
    if (text.length() > MAX_CHARACTERS) {
      return Either.left(
          new ImportError(
              ImportError.Code.TOO_LARGE,
              1,
              1,
              "the text has "
                  + text.length()
                  + " characters; at most "
                  + MAX_CHARACTERS
                  + " are imported"));
    }
    try {
      var draft = new Draft();
      var warnings = new Warnings();
      var positions = new Positions(text);
      var reader = new StatementReader(engine, text, positions, draft, warnings);
      Lexer.forEach(
          text,
          lexicon,
          statement -> {
            read(reader, statement);
            if (draft.tables.size() > MAX_TABLES) {
              throw SqlSyntaxException.tooLarge(
                  statement.line(),
                  statement.first().column(),
                  "more than " + MAX_TABLES + " tables; a schema document holds at most that many");
            }
          });
      var document = new DocumentAssembler(draft, warnings).assemble();
      return Either.right(
          new ImportedSchema(document, Option.of(engine), Option.none(), warnings.all()));
    } catch (SqlSyntaxException e) {
      return Either.left(e.toError());
    }
  }

  private static void read(StatementReader reader, Statement statement) {
    if (statement.truncated()) {
      reader.readTruncated(statement);
      return;
    }
    try {
      reader.read(statement);
    } catch (SqlSyntaxException e) {
      throw e;
    } catch (RuntimeException e) {
      // a statement this reader cannot follow: refused at its start rather than a server error
      var first = statement.first();
      throw new SqlSyntaxException(
          first.line(),
          first.column(),
          "this statement could not be read (" + e.getClass().getSimpleName() + ")");
    }
  }
}
