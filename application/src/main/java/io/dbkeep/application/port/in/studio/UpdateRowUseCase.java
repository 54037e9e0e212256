package io.dbkeep.application.port.in.studio;

import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.studio.StudioError;
import io.vavr.control.Either;

/**
 * Updates one row by primary key and expected values. {@code ROW_CONFLICT} (with the current row)
 * when an expected value no longer matches; {@code ROW_NOT_FOUND} when the row is gone.
 */
public interface UpdateRowUseCase {

  Either<StudioError, JsonObject> updateRow(UpdateRowCommand command);
}
