package io.dbkeep.application.port.in.studio;

import io.dbkeep.domain.studio.StudioError;
import io.dbkeep.domain.studio.TableRef;
import io.vavr.control.Either;

/** The exact row count of a table (the table list gives estimates for large ones). */
public interface CountRowsQuery {

  Either<StudioError, Long> countRows(TableRef table);
}
