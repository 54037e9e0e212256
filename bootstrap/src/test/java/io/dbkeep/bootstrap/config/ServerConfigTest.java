package io.dbkeep.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dbkeep.domain.project.VersionRetention;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerConfigTest {

  @Test
  void defaultsApplyWhenNothingIsSet() {
    var config = ServerConfig.from(new Environment(Map.of()), null);

    assertThat(config.database().jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/dbkeep");
    assertThat(config.databaseUrlGiven()).isFalse();
    assertThat(config.port()).isEqualTo(8080);
    assertThat(config.host()).isEqualTo("0.0.0.0");
    assertThat(config.maxRequestBytes()).isEqualTo(32L * 1024 * 1024);
    assertThat(config.schemaLimits().maxTables()).isEqualTo(20_000);
    assertThat(config.schemaLimits().maxColumnsPerTable()).isEqualTo(1_000);
    assertThat(config.migrateOnStart()).isTrue();
    assertThat(config.poolSize()).isEqualTo(10);
  }

  @Test
  void variablesAreReadWithUnits() {
    var config =
        ServerConfig.from(
            new Environment(
                Map.of(
                    "PORT", "9000",
                    "HOST", "127.0.0.1",
                    "MAX_REQUEST_SIZE", "32MiB",
                    "DATABASE_CONNECT_TIMEOUT", "750ms",
                    "DATABASE_STATEMENT_TIMEOUT", "2m",
                    "DATABASE_MIGRATE", "false",
                    "DATABASE_POOL_SIZE", "3")),
            null);

    assertThat(config.port()).isEqualTo(9000);
    assertThat(config.maxRequestBytes()).isEqualTo(32L * 1024 * 1024);
    assertThat(config.connectTimeout()).isEqualTo(Duration.ofMillis(750));
    assertThat(config.statementTimeout()).isEqualTo(Duration.ofMinutes(2));
    assertThat(config.migrateOnStart()).isFalse();
    assertThat(config.poolSize()).isEqualTo(3);
  }

  @Test
  void versionsAreAllKeptUnlessVersionsKeepSaysHowMany() {
    assertThat(ServerConfig.from(new Environment(Map.of()), null).versionRetention())
        .isEqualTo(VersionRetention.KEEP_ALL);
    assertThat(
            ServerConfig.from(new Environment(Map.of("VERSIONS_KEEP", "25")), null)
                .versionRetention())
        .isEqualTo(VersionRetention.keepLast(25));
    for (var bad : new String[] {"0", "-3", "many", "99999999999"}) {
      assertThatThrownBy(
              () -> ServerConfig.from(new Environment(Map.of("VERSIONS_KEEP", bad)), null))
          .as(bad)
          .isInstanceOf(ConfigurationException.class)
          .hasMessageContaining("VERSIONS_KEEP");
    }
  }

  @Test
  void theCommandLineUrlWinsOverTheEnvironment() {
    var config =
        ServerConfig.from(
            new Environment(Map.of("DATABASE_URL", "postgres://a@envhost/x")),
            "postgres://b@clihost/y");

    assertThat(config.database().jdbcUrl()).contains("clihost");
    assertThat(config.databaseUrlGiven()).isTrue();
  }

  @Test
  void badValuesNameTheVariable() {
    assertThatThrownBy(() -> ServerConfig.from(new Environment(Map.of("PORT", "http")), null))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("PORT");
    assertThatThrownBy(() -> ServerConfig.from(new Environment(Map.of("PORT", "70000")), null))
        .hasMessageContaining("PORT");
    assertThatThrownBy(
            () -> ServerConfig.from(new Environment(Map.of("MAX_REQUEST_SIZE", "lots")), null))
        .hasMessageContaining("MAX_REQUEST_SIZE");
    assertThatThrownBy(
            () -> ServerConfig.from(new Environment(Map.of("DATABASE_MIGRATE", "maybe")), null))
        .hasMessageContaining("DATABASE_MIGRATE");
  }
}
