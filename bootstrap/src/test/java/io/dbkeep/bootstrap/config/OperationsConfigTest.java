package io.dbkeep.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OperationsConfigTest {

  @Test
  void defaults() {
    var config = OperationsConfig.from(new Environment(Map.of()));
    assertThat(config.backupDirectory()).isEqualTo(Path.of("backups"));
    assertThat(config.backupBeforeMigrate()).isTrue();
    assertThat(config.production()).isFalse();
    assertThat(config.logFormat()).isEqualTo(OperationsConfig.LogFormat.TEXT);
    assertThat(config.metricsToken()).isEmpty();
  }

  @Test
  void unusableValuesAreNamed() {
    assertThatThrownBy(() -> OperationsConfig.from(new Environment(Map.of("DBKEEP_ENV", "stage"))))
        .hasMessage("DBKEEP_ENV must be development or production, not \"stage\"");
    assertThatThrownBy(() -> OperationsConfig.from(new Environment(Map.of("LOG_FORMAT", "xml"))))
        .hasMessage("LOG_FORMAT must be text or json, not \"xml\"");
    assertThatThrownBy(
            () -> OperationsConfig.from(new Environment(Map.of("METRICS_TOKEN", "short"))))
        .hasMessageContaining("at least 16")
        .hasMessageNotContaining("short");
  }

  @Test
  void productionNeedsAnExplicitDatabaseAndAMetricsTokenAndWarnsAboutPlainText() {
    var production = new HashMap<>(Map.of("DBKEEP_ENV", "production"));
    var operations = OperationsConfig.from(new Environment(production));
    assertThatThrownBy(
            () ->
                ProductionChecks.enforce(
                    ServerConfig.from(new Environment(production), null), operations))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("DATABASE_URL");

    production.put("DATABASE_URL", "postgresql://u:p@db.example.com/dbkeep");
    // /metrics open to anyone who reaches the port: refuse to start, naming the variable
    assertThatThrownBy(
            () ->
                ProductionChecks.enforce(
                    ServerConfig.from(new Environment(production), null), operations))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("METRICS_TOKEN")
        .hasMessageNotContaining("DATABASE_URL");

    production.put("METRICS_TOKEN", "0123456789abcdef0123");
    var warnings =
        ProductionChecks.enforce(
            ServerConfig.from(new Environment(production), null),
            OperationsConfig.from(new Environment(production)));
    assertThat(warnings).singleElement().satisfies(w -> assertThat(w).contains("sslmode"));

    production.put("DATABASE_URL", "postgresql://u:p@db.example.com/dbkeep?sslmode=verify-full");
    assertThat(
            ProductionChecks.enforce(
                ServerConfig.from(new Environment(production), null),
                OperationsConfig.from(new Environment(production))))
        .isEmpty();

    var development = Map.of("DATABASE_URL", "postgresql://u:p@db.example.com/dbkeep");
    assertThat(
            ProductionChecks.check(
                    ServerConfig.from(new Environment(development), null),
                    OperationsConfig.from(new Environment(development)))
                .warnings())
        .isEmpty();
  }
}
