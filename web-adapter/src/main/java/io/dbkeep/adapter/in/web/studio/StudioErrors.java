package io.dbkeep.adapter.in.web.studio;

import io.dbkeep.adapter.in.web.error.ApiError;
import io.dbkeep.adapter.in.web.error.ErrorDetail;
import io.dbkeep.domain.studio.StudioError;
import java.util.ArrayList;
import java.util.LinkedHashMap;

/** The HTTP form of every {@link StudioError}; the switch is exhaustive, so no code is missed. */
public final class StudioErrors {

  private StudioErrors() {}

  public static ApiError toApiError(StudioError error) {
    var status =
        switch (error.code()) {
          case SCHEMA_NOT_FOUND, TABLE_NOT_FOUND, ROW_NOT_FOUND -> 404;
          case COLUMN_NOT_FOUND, INVALID_QUERY, INVALID_VALUE, SQL_ERROR -> 400;
          case READ_ONLY, SQL_DISABLED -> 403;
          case STATEMENT_TIMEOUT -> 408;
          case NOT_EDITABLE, ROW_CONFLICT, CONSTRAINT_VIOLATION, STATEMENT_CANCELLED -> 409;
        };
    var details = new ArrayList<ErrorDetail>();
    error.details().forEach(problem -> details.add(ErrorDetail.from(problem)));
    if (error.position().isDefined()) {
      var position = error.position().get();
      var where = new LinkedHashMap<String, Object>();
      where.put("offset", position.offset());
      where.put("line", position.line());
      where.put("column", position.column());
      details.add(
          0, ErrorDetail.of("sql", error.code().name(), error.message()).with("position", where));
    }
    if (error.currentRow().isDefined()) {
      details.add(
          0,
          ErrorDetail.of("expect", "ROW_CONFLICT", "The row as it is now")
              .with("currentRow", error.currentRow().get()));
    }
    return new ApiError(status, error.code().name(), error.message(), details);
  }
}
