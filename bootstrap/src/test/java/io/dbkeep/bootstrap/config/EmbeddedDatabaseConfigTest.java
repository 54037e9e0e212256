package io.dbkeep.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmbeddedDatabaseConfigTest {

  private static final Path USER_HOME = Path.of(System.getProperty("user.home"));

  @Test
  void theDefaultHomeIsDotDbkeepInTheUsersHomeWithTheBinariesInside() {
    var config = EmbeddedDatabaseConfig.from(new Environment(Map.of()));

    assertThat(config.home()).isEqualTo(USER_HOME.resolve(".dbkeep").toAbsolutePath());
    assertThat(config.binaries()).isEqualTo(config.home().resolve("binaries"));
  }

  @Test
  void aTildeMeansTheUsersHomeAndRelativePathsBecomeAbsolute() {
    var config =
        EmbeddedDatabaseConfig.from(
            new Environment(
                Map.of("DBKEEP_HOME", "~/keep", "DBKEEP_POSTGRES_BINARIES", "cache/../pg")));

    assertThat(config.home()).isEqualTo(USER_HOME.resolve("keep").toAbsolutePath());
    assertThat(config.binaries()).isEqualTo(Path.of("pg").toAbsolutePath());
  }

  @Test
  void binariesInsideTheDataDirectoryAreRefused() {
    assertThatThrownBy(
            () ->
                EmbeddedDatabaseConfig.from(
                    new Environment(
                        Map.of(
                            "DBKEEP_HOME", "/srv/keep",
                            "DBKEEP_POSTGRES_BINARIES", "/srv/keep/postgres/bin"))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("DBKEEP_POSTGRES_BINARIES");
  }

  @Test
  void anUnusablePathIsAConfigurationError() {
    assertThatThrownBy(
            () -> EmbeddedDatabaseConfig.from(new Environment(Map.of("DBKEEP_HOME", "bad\0path"))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("DBKEEP_HOME");
  }
}
