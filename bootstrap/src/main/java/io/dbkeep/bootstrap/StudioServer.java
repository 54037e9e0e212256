package io.dbkeep.bootstrap;

import io.dbkeep.adapter.in.web.HttpApi;
import io.dbkeep.adapter.in.web.WebSettings;
import io.dbkeep.adapter.in.web.studio.StudioController;
import io.dbkeep.adapter.in.web.studio.TokenStudioAccess;
import io.dbkeep.adapter.out.studio.StudioDatabase;
import io.dbkeep.application.failure.DataStoreUnavailableException;
import io.dbkeep.bootstrap.config.StudioConfig;
import io.dbkeep.domain.studio.StudioMode;
import io.dbkeep.json.JsonCodec;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code dbkeep studio}: the Studio alone, for one database, behind a random access token. Binds to
 * loopback unless told otherwise.
 */
public final class StudioServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(StudioServer.class);

  private final StudioDatabase database;
  private final HttpApi api;
  private final String token;
  private final String host;

  private StudioServer(StudioDatabase database, HttpApi api, String token, String host) {
    this.database = database;
    this.api = api;
    this.token = token;
    this.host = host;
  }

  /**
   * Connects to the database and listens.
   *
   * @throws DbkeepServer.StartupException when the database cannot be reached
   */
  public static StudioServer start(StudioConfig config) {
    return start(config, TokenStudioAccess.newToken());
  }

  static StudioServer start(StudioConfig config, String token) {
    StudioDatabase database;
    try {
      database =
          StudioDatabase.open(
              StudioWiring.settings(
                  config.database(), config.readOnly(), config.statementTimeout()));
    } catch (DataStoreUnavailableException e) {
      throw new DbkeepServer.StartupException(
          "cannot open " + config.database().display() + ": " + DbkeepServer.rootMessage(e), e);
    }
    try {
      var mode = new StudioMode(config.readOnly(), config.sqlEnabled());
      var controller =
          StudioWiring.controller(
              database,
              mode,
              new TokenStudioAccess(token, StudioController.BASE),
              new JsonCodec(),
              false);
      var api =
          new HttpApi(
                  new WebSettings(
                      config.host(),
                      config.port(),
                      config.maxRequestBytes(),
                      Duration.ofSeconds(5)),
                  List.of(controller))
              .start();
      if (!isLoopback(config.host())) {
        LOG.warn(
            "The Studio listens on {}, reachable from other machines; anyone with the token can use it",
            config.host());
      }
      return new StudioServer(database, api, token, config.host());
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  /** The address with the access token, as printed for the person who started it. */
  public String url() {
    var shown = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
    if (shown.contains(":")) {
      shown = "[" + shown + "]";
    }
    return "http://" + shown + ":" + api.port() + StudioController.BASE + "?token=" + token;
  }

  public int port() {
    return api.port();
  }

  /** The access token (for tests). */
  String token() {
    return token;
  }

  static boolean isLoopback(String host) {
    return host.equals("127.0.0.1")
        || host.equals("localhost")
        || host.equals("::1")
        || host.startsWith("127.");
  }

  @Override
  public void close() {
    try {
      api.stop();
    } finally {
      database.close();
    }
  }
}
