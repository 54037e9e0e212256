package io.dbkeep.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dbkeep.bootstrap.config.ConfigurationException;
import io.dbkeep.bootstrap.config.Environment;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which database a command uses, without starting one: a given URL wins, production never falls
 * back, and the default server is used when it answers. (Starting the embedded one is FirstRunIT's
 * and the adapter's business.)
 */
class DatabaseChoiceTest {

  @TempDir Path home;

  private static final BooleanSupplier NEVER_ASKED =
      () -> {
        throw new AssertionError("the default location must not be probed");
      };

  @Test
  void aGivenUrlIsUsedAsGivenWithoutProbing() {
    var env = new Environment(Map.of("DATABASE_URL", "postgres://me:secret@db.example:5433/app"));

    try (var choice = DatabaseChoice.choose(env, null, DatabaseChoice.Use.SERVER, NEVER_ASKED)) {
      assertThat(choice.url()).isNull(); // the configuration reads DATABASE_URL itself
      assertThat(choice.embedded()).isEmpty();
      assertThat(choice.describe())
          .isEqualTo("jdbc:postgresql://db.example:5433/app as me")
          .doesNotContain("secret");
    }
  }

  @Test
  void theCommandLineOptionWinsOverTheEnvironment() {
    var env = new Environment(Map.of("DATABASE_URL", "embedded"));

    try (var choice =
        DatabaseChoice.choose(env, "postgres://u@h/d", DatabaseChoice.Use.TOOL, NEVER_ASKED)) {
      assertThat(choice.url()).isEqualTo("postgres://u@h/d");
      assertThat(choice.embedded()).isEmpty();
    }
  }

  @Test
  void withoutAUrlTheDefaultServerIsUsedWhenSomethingAnswersThere() {
    var env = new Environment(Map.of("DBKEEP_HOME", home.toString()));

    try (var choice = DatabaseChoice.choose(env, null, DatabaseChoice.Use.SERVER, () -> true)) {
      assertThat(choice.url()).isNull();
      assertThat(choice.embedded()).isEmpty();
      assertThat(choice.describe())
          .isEqualTo("jdbc:postgresql://localhost:5432/dbkeep as postgres");
    }
    assertThat(home.resolve("postgres")).doesNotExist();
  }

  @Test
  void productionWithoutAUrlNeverProbesNorFallsBack() {
    var env = new Environment(Map.of("DBKEEP_ENV", "production", "DBKEEP_HOME", home.toString()));

    try (var choice = DatabaseChoice.choose(env, null, DatabaseChoice.Use.SERVER, NEVER_ASKED)) {
      assertThat(choice.embedded()).isEmpty();
    }
    assertThat(home.resolve("postgres")).doesNotExist();
  }

  @Test
  void productionRefusesTheEmbeddedDatabaseEvenWhenAskedFor() {
    var env = new Environment(Map.of("DBKEEP_ENV", "production", "DATABASE_URL", " Embedded "));

    assertThatThrownBy(
            () -> DatabaseChoice.choose(env, null, DatabaseChoice.Use.SERVER, NEVER_ASKED))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("DATABASE_URL=embedded")
        .hasMessageContaining("production");
    assertThatThrownBy(
            () ->
                DatabaseChoice.choose(
                    new Environment(Map.of("DBKEEP_ENV", "production")),
                    "embedded",
                    DatabaseChoice.Use.TOOL,
                    NEVER_ASKED))
        .isInstanceOf(ConfigurationException.class);
  }

  @Test
  void aHomeThatCannotBeCreatedIsAStartupErrorNamingIt() throws Exception {
    var file = home.resolve("a-file");
    java.nio.file.Files.writeString(file, "not a directory");
    var env = new Environment(Map.of("DATABASE_URL", "embedded", "DBKEEP_HOME", file + "/home"));

    assertThatThrownBy(
            () -> DatabaseChoice.choose(env, null, DatabaseChoice.Use.SERVER, NEVER_ASKED))
        .isInstanceOf(DbkeepServer.StartupException.class)
        .hasMessageContaining("cannot create " + file.resolve("home"));
  }
}
