package io.dbkeep.application.port.in.studio;

import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.studio.StudioError;
import io.vavr.control.Either;

/**
 * Inserts a row and answers it as stored. Refused in read-only mode, for views and tables without a
 * primary key, when a required column is missing, and when a constraint refuses (nothing written).
 */
public interface InsertRowUseCase {

  Either<StudioError, JsonObject> insertRow(InsertRowCommand command);
}
