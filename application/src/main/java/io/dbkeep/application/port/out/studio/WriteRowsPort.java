package io.dbkeep.application.port.out.studio;

import io.dbkeep.domain.json.JsonObject;
import io.dbkeep.domain.studio.StudioError;
import io.dbkeep.domain.studio.TableStructure;
import io.vavr.control.Either;
import java.util.List;

/**
 * Changes rows of a live table with a primary key, each call in one transaction: all of it happens,
 * or nothing does. The caller has checked that every member name is a column of {@code table} and
 * that keys give exactly the primary key's columns. Refused writes (constraints, conflicts,
 * read-only mode, values that do not fit) come back as {@link StudioError}s.
 */
public interface WriteRowsPort {

  /** Inserts one row; answers the row as stored (with defaults and generated values). */
  Either<StudioError, JsonObject> insertRow(TableStructure table, JsonObject values);

  /**
   * Sets {@code set} on the row with primary key {@code key}, only if its columns still hold the
   * {@code expect} values (NULL matches NULL). Answers the row as stored; {@code ROW_CONFLICT} with
   * the current row when an expected value no longer matches; {@code ROW_NOT_FOUND} when no row has
   * the key.
   */
  Either<StudioError, JsonObject> updateRow(
      TableStructure table, JsonObject key, JsonObject set, JsonObject expect);

  /**
   * Deletes the rows with these primary keys, all or none: when one is missing ({@code
   * ROW_NOT_FOUND}, naming it) or a constraint refuses, nothing is deleted. Answers the count.
   */
  Either<StudioError, Integer> deleteRows(TableStructure table, List<JsonObject> keys);
}
