package io.dbkeep.adapter.out.sqlimport;

import io.dbkeep.application.port.out.studio.TranslateCheckPort;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.schema.SchemaLimits;
import io.dbkeep.domain.schema.Table;
import io.dbkeep.domain.schema.check.CheckRenderer;
import io.vavr.control.Either;

/**
 * The import's check translation for a condition a live catalog prints: the condition is lexed by
 * the engine's {@link Lexicon} (so quotes, comments and escapes mean what they mean to the engine),
 * translated by {@link CheckTranslator} and fitted to the table by {@link CheckHints#forTable},
 * exactly as a dump's {@code CHECK (…)} is.
 */
final class CatalogCheckTranslator implements TranslateCheckPort {

  @Override
  public Either<String, String> toNeutral(Engine engine, String condition, Table table) {
    if (condition.length() > SchemaLimits.MAX_CHECK_EXPRESSION_LENGTH) {
      return Either.left("longer than " + SchemaLimits.MAX_CHECK_EXPRESSION_LENGTH + " characters");
    }
    var lexicon =
        switch (engine) {
          case POSTGRESQL -> Lexicon.POSTGRESQL;
          case MYSQL -> Lexicon.MYSQL;
          case SQLITE -> Lexicon.SQLITE;
        };
    java.util.List<Statement> statements;
    try {
      statements = Lexer.split(condition, lexicon);
    } catch (SqlSyntaxException e) {
      return Either.left(e.getMessage());
    }
    if (statements.size() != 1 || statements.get(0).truncated()) {
      return Either.left("not a single condition");
    }
    return CheckTranslator.translate(statements.get(0).tokens(), engine)
        .mapLeft(problem -> problem.message())
        .map(expression -> CheckRenderer.neutral(CheckHints.forTable(expression, table)));
  }
}
