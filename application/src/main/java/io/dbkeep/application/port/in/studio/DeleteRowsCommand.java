package io.dbkeep.application.port.in.studio;

import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.studio.TableRef;
import java.util.List;
import java.util.Objects;

/** Delete the rows with these primary keys (each key names every primary key column). */
public record DeleteRowsCommand(TableRef table, List<JsonObject> keys) {

  /** The most rows one request may delete. */
  public static final int MAX_KEYS = 1_000;

  public DeleteRowsCommand {
    Objects.requireNonNull(table, "table");
    keys = List.copyOf(keys);
  }
}
