package io.dbkeep.application.port.in.format;

import io.dbkeep.domain.format.SourceFormat;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Import a schema text (SQL of an engine, or DBML) as a new project of {@code caller}.
 *
 * @param name the project's name; none: the name the text gives (DBML's Project), else a default
 */
public record ImportProjectTextCommand(
    UserId caller, String text, SourceFormat format, Option<String> name) {

  public ImportProjectTextCommand {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(name, "name");
  }
}
