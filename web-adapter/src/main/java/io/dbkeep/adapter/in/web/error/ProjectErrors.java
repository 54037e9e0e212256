package io.dbkeep.adapter.in.web.error;

import io.dbkeep.domain.project.ProjectError;
import java.util.ArrayList;

/** The HTTP form of every {@link ProjectError}; the switch is exhaustive, so no code is missed. */
public final class ProjectErrors {

  private ProjectErrors() {}

  public static ApiError toApiError(ProjectError error) {
    var status =
        switch (error.code()) {
          case PROJECT_NOT_FOUND -> 404;
          case VERSION_MISMATCH -> 412;
          case VALIDATION_ERROR -> 400;
          case VERSION_NOT_FOUND -> 404;
          case PRECONDITION_REQUIRED -> 428;
          case SCHEMA_INVALID, IMPORT_SYNTAX_ERROR, IMPORT_UNSUPPORTED -> 422;
          case IMPORT_TOO_LARGE -> 413;
        };
    var details = new ArrayList<ErrorDetail>();
    error.details().forEach(problem -> details.add(ErrorDetail.from(problem)));
    error
        .currentVersion()
        .forEach(
            version ->
                details.add(
                    new ErrorDetail(
                        "If-Match",
                        "CURRENT_VERSION",
                        "error",
                        "The current version is " + version,
                        version)));
    return new ApiError(status, error.code().name(), error.message(), details);
  }
}
