package io.dbkeep.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.bootstrap.config.Environment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionSecretFileTest {

  @TempDir Path home;

  @Test
  void aFirstRunKeepsOneSecretAcrossStartsInAnOwnerOnlyFile() throws Exception {
    var first = SessionSecretFile.apply(new Environment(Map.of()), home);
    var second = SessionSecretFile.apply(new Environment(Map.of()), home);

    var secret = first.text("DBKEEP_SECRET").orElseThrow();
    assertThat(secret).hasSizeGreaterThanOrEqualTo(32);
    assertThat(second.text("DBKEEP_SECRET")).contains(secret);
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(home.resolve(SessionSecretFile.FILE))))
        .isEqualTo("rw-------");
  }

  @Test
  void aConfiguredSecretWinsAndNoFileIsWritten() {
    var env = new Environment(Map.of("BETTER_AUTH_SECRET", "s".repeat(40)));

    assertThat(SessionSecretFile.apply(env, home)).isSameAs(env);
    assertThat(home.resolve(SessionSecretFile.FILE)).doesNotExist();
  }

  @Test
  void aDamagedFileIsReplacedByANewSecret() throws Exception {
    Files.writeString(home.resolve(SessionSecretFile.FILE), "short\n");

    var env = SessionSecretFile.apply(new Environment(Map.of()), home);

    assertThat(env.text("DBKEEP_SECRET").orElseThrow()).hasSizeGreaterThanOrEqualTo(32);
  }
}
