package io.dbkeep.application.port.in.project;

import io.dbkeep.domain.json.JsonValue;
import io.dbkeep.domain.project.Engine;
import io.dbkeep.domain.project.ProjectName;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Create a project for {@code caller}.
 *
 * @param data the schema document; none for an empty one
 */
public record CreateProjectCommand(
    UserId caller, ProjectName name, Engine engine, Option<JsonValue> data) {

  public CreateProjectCommand {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(data, "data");
  }
}
