package io.dbkeep.application.service.studio;

import io.dbkeep.application.port.in.studio.DescribeTableQuery;
import io.dbkeep.application.port.out.studio.ReadCatalogPort;
import io.dbkeep.domain.studio.StudioError;
import io.dbkeep.domain.studio.TableRef;
import io.dbkeep.domain.studio.TableStructure;
import io.vavr.control.Either;

public final class DescribeTableService implements DescribeTableQuery {

  private final StudioTables tables;

  public DescribeTableService(ReadCatalogPort catalog) {
    this.tables = new StudioTables(catalog);
  }

  @Override
  public Either<StudioError, TableStructure> describeTable(TableRef table) {
    return tables.find(table);
  }
}
