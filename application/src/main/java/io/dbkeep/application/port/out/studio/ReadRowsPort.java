package io.dbkeep.application.port.out.studio;

import io.dbkeep.domain.studio.RowPage;
import io.dbkeep.domain.studio.RowSelection;
import io.dbkeep.domain.studio.StudioError;
import io.dbkeep.domain.studio.TableStructure;
import io.vavr.control.Either;

/**
 * Reads rows of a live table. The caller has checked the selection against {@code table} (every
 * column named exists, a cursor has one value per order key); the adapter quotes the catalog's
 * names and binds every value as a parameter. Values that do not fit their column, and statements
 * that time out, come back as {@link StudioError}s.
 */
public interface ReadRowsPort {

  /** One page of rows with the total, and keyset cursors when the table has a primary key. */
  Either<StudioError, RowPage> readRows(TableStructure table, RowSelection selection);
}
