package io.dbkeep.adapter.in.web.request;

import io.dbkeep.adapter.in.web.error.ApiError;
import io.dbkeep.adapter.in.web.error.ApiException;
import io.dbkeep.adapter.in.web.error.ErrorDetail;
import io.dbkeep.domain.project.Engine;
import io.javalin.http.Context;
import io.vavr.control.Option;
import java.util.List;

/** The {@code ?engine=} query parameter: none when absent, 400 when unknown. */
public final class EngineParameter {

  private EngineParameter() {}

  /**
   * @throws ApiException 400 {@code VALIDATION_ERROR} at path {@code engine} when it names no
   *     engine
   */
  public static Option<Engine> of(Context ctx) {
    var raw = ctx.queryParam("engine");
    if (raw == null || raw.isBlank()) {
      return Option.none();
    }
    var engine = Engine.parse(raw);
    if (engine.isEmpty()) {
      throw new ApiException(
          ApiError.validation(
              List.of(
                  ErrorDetail.of(
                      "engine",
                      "UNKNOWN_ENGINE",
                      "engine must be one of "
                          + Engine.allowedNames()
                          + ", not \""
                          + raw
                          + "\""))));
    }
    return engine;
  }
}
