package io.dbkeep.application.service.studio;

import io.dbkeep.application.port.in.studio.ListTablesQuery;
import io.dbkeep.application.port.out.studio.ReadCatalogPort;
import io.dbkeep.domain.studio.TableSummary;
import java.util.List;

public final class ListTablesService implements ListTablesQuery {

  private final ReadCatalogPort catalog;

  public ListTablesService(ReadCatalogPort catalog) {
    this.catalog = catalog;
  }

  @Override
  public List<TableSummary> listTables() {
    return catalog.listTables();
  }
}
