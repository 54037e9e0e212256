package io.dbkeep.application.port.in.studio;

import io.dbkeep.domain.studio.StatementResult;
import io.dbkeep.domain.studio.StudioError;
import io.vavr.control.Either;
import java.util.List;

/**
 * The SQL console: runs the statements and answers one result per statement. {@code SQL_DISABLED}
 * when the console is off; {@code SQL_ERROR} with the database's message and position; {@code
 * STATEMENT_TIMEOUT} / {@code STATEMENT_CANCELLED} when a statement was stopped.
 */
public interface RunSqlUseCase {

  Either<StudioError, List<StatementResult>> runSql(RunSqlCommand command);
}
