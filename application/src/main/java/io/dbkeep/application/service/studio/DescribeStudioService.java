package io.dbkeep.application.service.studio;

import io.dbkeep.application.port.in.studio.DescribeStudioQuery;
import io.dbkeep.application.port.out.studio.ReadCatalogPort;
import io.dbkeep.domain.studio.StudioMode;
import io.dbkeep.domain.studio.StudioOverview;

public final class DescribeStudioService implements DescribeStudioQuery {

  private final ReadCatalogPort catalog;
  private final StudioMode mode;

  public DescribeStudioService(ReadCatalogPort catalog, StudioMode mode) {
    this.catalog = catalog;
    this.mode = mode;
  }

  @Override
  public StudioOverview describeStudio() {
    return new StudioOverview(catalog.engine(), catalog.databaseName(), mode);
  }
}
