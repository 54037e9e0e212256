package io.dbkeep.application.port.in.studio;

import io.dbkeep.domain.studio.RowPage;
import io.dbkeep.domain.studio.StudioError;
import io.vavr.control.Either;

/**
 * A page of a table's rows, filtered, sorted and paged (by offset, or by keyset on the primary
 * key). Unknown columns → {@code COLUMN_NOT_FOUND}; malformed filters, cursors or comparisons on
 * unordered types → {@code INVALID_QUERY}; values that do not fit → {@code INVALID_VALUE}; each
 * with the path of what is wrong.
 */
public interface BrowseRowsQuery {

  Either<StudioError, RowPage> browseRows(BrowseRowsCommand command);
}
