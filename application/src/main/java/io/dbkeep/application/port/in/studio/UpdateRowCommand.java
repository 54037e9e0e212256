package io.dbkeep.application.port.in.studio;

import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.studio.TableRef;
import java.util.Objects;

/**
 * Change one row: the row whose primary key is {@code key} gets {@code set}, but only while its
 * columns still hold {@code expect} (the values the person saw), so a concurrent change is never
 * overwritten unseen.
 */
public record UpdateRowCommand(TableRef table, JsonObject key, JsonObject set, JsonObject expect) {

  public UpdateRowCommand {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(expect, "expect");
  }
}
