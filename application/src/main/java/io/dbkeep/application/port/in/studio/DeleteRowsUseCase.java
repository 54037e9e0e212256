package io.dbkeep.application.port.in.studio;

import io.dbkeep.domain.studio.StudioError;
import io.vavr.control.Either;

/**
 * Deletes rows by primary key, all or nothing: a missing row or a constraint refusal deletes none.
 * Answers how many were deleted.
 */
public interface DeleteRowsUseCase {

  Either<StudioError, Integer> deleteRows(DeleteRowsCommand command);
}
