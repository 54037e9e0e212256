package io.dbkeep.bootstrap;

import io.dbkeep.bootstrap.config.Environment;
import io.dbkeep.bootstrap.config.IdentityConfig;
import io.dbkeep.bootstrap.config.ServerConfig;
import io.dbkeep.testsupport.HttpTestClient;
import io.dbkeep.testsupport.PostgresTestDatabase;
import java.time.Clock;
import java.util.HashMap;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real composition root for a system test class, as a JUnit extension: a fresh PostgreSQL
 * database, the server in guest mode on a random port of 127.0.0.1 started before the class's tests
 * and closed after them, with whatever further settings the test names. Register it in a static
 * field with {@code @RegisterExtension}.
 */
final class GuestServer implements BeforeAllCallback, AfterAllCallback {

  private final PostgresTestDatabase database = new PostgresTestDatabase();
  private final String[] settings;
  private DbkeepServer server;
  private HttpTestClient http;

  /**
   * @param settings further environment variables as name, value, name, value …
   */
  GuestServer(String... settings) {
    if (settings.length % 2 != 0) {
      throw new IllegalArgumentException("settings come as name, value pairs");
    }
    this.settings = settings.clone();
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    database.beforeAll(context);
    var variables = new HashMap<String, String>();
    variables.put("DATABASE_URL", database.databaseUrl());
    variables.put("HOST", "127.0.0.1");
    variables.put("PORT", "0");
    variables.put("GUEST_MODE", "true");
    for (int i = 0; i < settings.length; i += 2) {
      variables.put(settings[i], settings[i + 1]);
    }
    var env = new Environment(variables);
    server =
        DbkeepServer.start(
            ServerConfig.from(env, null), IdentityConfig.from(env, 0), Clock.systemUTC());
    http = new HttpTestClient(server.port());
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    try {
      if (server != null) {
        server.close();
      }
    } finally {
      database.afterAll(context);
    }
  }

  /** The database the server uses (for a test's own catalog reads or further databases). */
  PostgresTestDatabase database() {
    return database;
  }

  int port() {
    return server.port();
  }

  /** A client of the running server. */
  HttpTestClient http() {
    return http;
  }
}
