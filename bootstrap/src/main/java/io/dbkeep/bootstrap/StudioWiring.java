package io.dbkeep.bootstrap;

import io.dbkeep.adapter.in.web.studio.StudioAccess;
import io.dbkeep.adapter.in.web.studio.StudioAssets;
import io.dbkeep.adapter.in.web.studio.StudioController;
import io.dbkeep.adapter.in.web.studio.StudioUseCases;
import io.dbkeep.adapter.out.sqlimport.SqlSchemaReaders;
import io.dbkeep.adapter.out.studio.StudioDatabase;
import io.dbkeep.adapter.out.studio.StudioDatabaseSettings;
import io.dbkeep.application.service.studio.BrowseRowsService;
import io.dbkeep.application.service.studio.CancelSqlService;
import io.dbkeep.application.service.studio.CountRowsService;
import io.dbkeep.application.service.studio.DeleteRowsService;
import io.dbkeep.application.service.studio.DescribeStudioService;
import io.dbkeep.application.service.studio.DescribeTableService;
import io.dbkeep.application.service.studio.InsertRowService;
import io.dbkeep.application.service.studio.IntrospectDatabaseService;
import io.dbkeep.application.service.studio.ListTablesService;
import io.dbkeep.application.service.studio.RunSqlService;
import io.dbkeep.application.service.studio.UpdateRowService;
import io.dbkeep.bootstrap.config.StudioDatabaseUrl;
import io.dbkeep.domain.studio.StudioMode;
import io.dbkeep.json.JsonCodec;
import java.time.Duration;

/**
 * Builds the Studio (adapter, services, controller) for one database; used by {@code dbkeep studio}
 * and by the server's {@code /studio} mount.
 */
final class StudioWiring {

  private StudioWiring() {}

  static StudioDatabaseSettings settings(
      StudioDatabaseUrl url, boolean readOnly, Duration statementTimeout) {
    return new StudioDatabaseSettings(
        url.engine(),
        url.jdbcUrl(),
        url.properties(),
        url.display(),
        readOnly,
        statementTimeout,
        4,
        Duration.ofSeconds(10));
  }

  static StudioUseCases useCases(StudioDatabase database, StudioMode mode) {
    var catalog = database.catalog();
    return new StudioUseCases(
        new DescribeStudioService(catalog, mode),
        new ListTablesService(catalog),
        new DescribeTableService(catalog),
        new CountRowsService(catalog),
        new BrowseRowsService(catalog, database.rows()),
        new InsertRowService(catalog, database.writer(), mode),
        new UpdateRowService(catalog, database.writer(), mode),
        new DeleteRowsService(catalog, database.writer(), mode),
        new RunSqlService(database.console(), mode),
        new CancelSqlService(database.console()),
        new IntrospectDatabaseService(catalog, SqlSchemaReaders.checkTranslator()));
  }

  static StudioController controller(
      StudioDatabase database,
      StudioMode mode,
      StudioAccess access,
      JsonCodec codec,
      boolean projects) {
    return new StudioController(
        access, codec, useCases(database, mode), new StudioAssets(), projects);
  }
}
