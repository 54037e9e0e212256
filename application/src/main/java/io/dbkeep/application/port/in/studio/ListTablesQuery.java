package io.dbkeep.application.port.in.studio;

import io.dbkeep.domain.studio.TableSummary;
import java.util.List;

/** Every table and view of the live database, with row counts (estimates for large tables). */
public interface ListTablesQuery {

  List<TableSummary> listTables();
}
