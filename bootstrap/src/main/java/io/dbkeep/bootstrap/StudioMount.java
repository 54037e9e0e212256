package io.dbkeep.bootstrap;

import io.dbkeep.adapter.in.web.WebRoutes;
import io.dbkeep.adapter.in.web.caller.CallerResolver;
import io.dbkeep.adapter.in.web.studio.AdminStudioAccess;
import io.dbkeep.adapter.out.studio.StudioDatabase;
import io.dbkeep.application.failure.DataStoreUnavailableException;
import io.dbkeep.application.port.out.transaction.UnitOfWork;
import io.dbkeep.application.port.out.user.LoadUserPort;
import io.dbkeep.application.service.studio.AuthorizeStudioService;
import io.dbkeep.bootstrap.config.StudioMountConfig;
import io.dbkeep.domain.studio.StudioMode;
import io.dbkeep.json.JsonCodec;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's Studio at {@code /studio} when {@code STUDIO_ENABLED=true}: for signed-in admins
 * only (others 404, anonymous callers 401), beside the project API so the page can save an
 * introspected database as a project.
 */
final class StudioMount implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(StudioMount.class);

  private final StudioDatabase database;
  private final List<WebRoutes> routes;

  private StudioMount(StudioDatabase database, List<WebRoutes> routes) {
    this.database = database;
    this.routes = routes;
  }

  /** Nothing mounted, nothing to close. */
  static StudioMount none() {
    return new StudioMount(null, List.of());
  }

  static StudioMount start(
      StudioMountConfig config,
      CallerResolver callers,
      UnitOfWork unitOfWork,
      LoadUserPort users,
      JsonCodec codec) {
    if (!config.enabled()) {
      return none();
    }
    var url = config.database().get();
    StudioDatabase database;
    try {
      database =
          StudioDatabase.open(
              StudioWiring.settings(url, config.readOnly(), config.statementTimeout()));
    } catch (DataStoreUnavailableException e) {
      throw new DbkeepServer.StartupException(
          "STUDIO_ENABLED: cannot open " + url.display() + ": " + DbkeepServer.rootMessage(e), e);
    }
    var controller =
        StudioWiring.controller(
            database,
            new StudioMode(config.readOnly(), config.sqlEnabled()),
            new AdminStudioAccess(callers, new AuthorizeStudioService(unitOfWork, users)),
            codec,
            true);
    LOG.info(
        "Studio mounted at /studio for admins ({}{})",
        url.display(),
        config.readOnly() ? ", read-only" : "");
    return new StudioMount(database, List.of(controller));
  }

  List<WebRoutes> routes() {
    return routes;
  }

  @Override
  public void close() {
    if (database != null) {
      database.close();
    }
  }
}
