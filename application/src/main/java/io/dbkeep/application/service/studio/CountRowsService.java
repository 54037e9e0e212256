package io.dbkeep.application.service.studio;

import io.dbkeep.application.port.in.studio.CountRowsQuery;
import io.dbkeep.application.port.out.studio.ReadCatalogPort;
import io.dbkeep.domain.studio.StudioError;
import io.dbkeep.domain.studio.TableRef;
import io.vavr.control.Either;

public final class CountRowsService implements CountRowsQuery {

  private final ReadCatalogPort catalog;
  private final StudioTables tables;

  public CountRowsService(ReadCatalogPort catalog) {
    this.catalog = catalog;
    this.tables = new StudioTables(catalog);
  }

  @Override
  public Either<StudioError, Long> countRows(TableRef table) {
    return tables.find(table).flatMap(catalog::countRows);
  }
}
