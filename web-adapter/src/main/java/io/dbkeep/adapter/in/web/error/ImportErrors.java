package io.dbkeep.adapter.in.web.error;

import io.dbkeep.domain.format.ImportError;
import java.util.List;

/**
 * The HTTP form of every {@link ImportError}: 422 {@code IMPORT_SYNTAX_ERROR} or {@code
 * IMPORT_UNSUPPORTED}, 413 {@code IMPORT_TOO_LARGE}; the one detail's path is {@code line:column}
 * and it carries {@code line} and {@code column}. The switch is exhaustive, so no code is missed.
 */
public final class ImportErrors {

  private ImportErrors() {}

  public static ApiError toApiError(ImportError error) {
    var status =
        switch (error.code()) {
          case SYNTAX_ERROR, UNSUPPORTED -> 422;
          case TOO_LARGE -> 413;
        };
    return new ApiError(
        status,
        "IMPORT_" + error.code().name(),
        "The text could not be imported: " + error.located(),
        List.of(
            new ErrorDetail(
                error.line() + ":" + error.column(),
                error.code().name(),
                "error",
                error.message(),
                null,
                java.util.Map.of("line", error.line(), "column", error.column()))));
  }
}
