package io.dbkeep.application.port.in.studio;

import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.studio.TableRef;
import java.util.Objects;

/** Insert one row: {@code values} maps column names to values (left-out columns get defaults). */
public record InsertRowCommand(TableRef table, JsonObject values) {

  public InsertRowCommand {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(values, "values");
  }
}
