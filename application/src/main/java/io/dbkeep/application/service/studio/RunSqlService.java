package io.dbkeep.application.service.studio;

import io.dbkeep.application.port.in.studio.RunSqlCommand;
import io.dbkeep.application.port.in.studio.RunSqlUseCase;
import io.dbkeep.application.port.out.studio.RunSqlPort;
import io.dbkeep.domain.problem.Problem;
import io.dbkeep.domain.studio.StatementResult;
import io.dbkeep.domain.studio.StudioError;
import io.dbkeep.domain.studio.StudioMode;
import io.vavr.control.Either;
import java.util.List;

public final class RunSqlService implements RunSqlUseCase {

  private final RunSqlPort sql;
  private final StudioMode mode;

  public RunSqlService(RunSqlPort sql, StudioMode mode) {
    this.sql = sql;
    this.mode = mode;
  }

  @Override
  public Either<StudioError, List<StatementResult>> runSql(RunSqlCommand command) {
    if (!mode.sqlEnabled()) {
      return Either.left(StudioError.sqlDisabled());
    }
    if (command.sql().isBlank()) {
      return Either.left(
          StudioError.invalidQuery(
              List.of(Problem.error("sql", "REQUIRED", "sql must contain a statement"))));
    }
    if (command.sql().length() > RunSqlCommand.MAX_LENGTH) {
      return Either.left(
          StudioError.invalidQuery(
              List.of(
                  Problem.error(
                      "sql",
                      "TOO_LONG",
                      "sql may have at most " + RunSqlCommand.MAX_LENGTH + " characters"))));
    }
    if (command.sql().indexOf('\u0000') >= 0) {
      // PostgreSQL cannot take a NUL in statement text (the server answered 503 to it); no engine
      // needs a raw one there: an escape or a function such as CHAR(0) writes one
      return Either.left(
          StudioError.invalidQuery(
              List.of(
                  Problem.error(
                      "sql",
                      "NUL_CHARACTER",
                      "sql must not contain a NUL character (write it as an escape)"))));
    }
    return sql.runSql(command.sql(), command.runId());
  }
}
