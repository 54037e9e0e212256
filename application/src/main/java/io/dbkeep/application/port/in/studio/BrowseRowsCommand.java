package io.dbkeep.application.port.in.studio;

import io.dbkeep.domain.studio.RowSelection;
import io.dbkeep.domain.studio.TableRef;
import java.util.Objects;

/**
 * Which rows to read. Column names in the selection are as the caller gave them; the use case
 * checks them against the catalog.
 *
 * @param selection the filters, sort, paging and page size
 */
public record BrowseRowsCommand(TableRef table, RowSelection selection) {

  public BrowseRowsCommand {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(selection, "selection");
  }
}
