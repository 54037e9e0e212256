package io.dbkeep.bootstrap.contract;

import io.dbkeep.bootstrap.DbkeepServer;
import io.dbkeep.bootstrap.config.Environment;
import io.dbkeep.bootstrap.config.IdentityConfig;
import io.dbkeep.bootstrap.config.OperationsConfig;
import io.dbkeep.bootstrap.config.ServerConfig;
import io.dbkeep.bootstrap.config.StudioMountConfig;
import io.dbkeep.testsupport.PostgresTestDatabase;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * A server with every route mounted (the Studio included), as the contract tests need it: the route
 * table of this server is the one the OpenAPI document and the authorization matrix must cover.
 */
final class ContractServer {

  static final String BASE_URL = "http://app.test";

  private ContractServer() {}

  static DbkeepServer start(PostgresTestDatabase database, boolean guestMode) {
    var variables = new HashMap<String, String>();
    variables.put("DATABASE_URL", database.databaseUrl());
    variables.put("HOST", "127.0.0.1");
    variables.put("PORT", "0");
    variables.put("BASE_URL", BASE_URL);
    variables.put("DBKEEP_SECRET", "contract-secret-contract-secret-contract");
    variables.put("GUEST_MODE", Boolean.toString(guestMode));
    variables.put("RATE_LIMIT_MAX", "0");
    variables.put("STUDIO_ENABLED", "true");
    var env = new Environment(variables);
    var config = ServerConfig.from(env, null);
    return DbkeepServer.start(
        config,
        OperationsConfig.from(new Environment(Map.of())),
        IdentityConfig.from(env, 0),
        StudioMountConfig.from(env, config.database()),
        Clock.systemUTC());
  }
}
