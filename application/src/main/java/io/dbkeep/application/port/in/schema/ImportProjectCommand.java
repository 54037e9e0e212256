package io.dbkeep.application.port.in.schema;

import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.user.UserId;
import java.util.Objects;

/**
 * Import an export envelope as a new project of {@code caller}.
 *
 * @param envelope the JSON export envelope {@code {version, exportedAt, project:{name, engine, …}}}
 */
public record ImportProjectCommand(UserId caller, JsonValue envelope) {

  public ImportProjectCommand {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(envelope, "envelope");
  }
}
