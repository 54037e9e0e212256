package io.dbkeep.adapter.out.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabasePasswordsTest {

  @TempDir Path home;

  @Test
  void generatedPasswordsAreWrittenPrivatelyAndReadBack() throws Exception {
    var passwords = DatabasePasswords.generate();

    passwords.write(home);

    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(home.resolve(DatabasePasswords.FILE))))
        .isEqualTo("rw-------");
    assertThat(DatabasePasswords.read(home)).contains(passwords);
    assertThat(passwords.toString()).doesNotContain(passwords.owner(), passwords.superuser());
    assertThat(passwords.owner()).hasSize(32).isNotEqualTo(passwords.superuser());
  }

  @Test
  void aFileOthersCanReadIsMadePrivate() throws Exception {
    DatabasePasswords.generate().write(home);
    var file = home.resolve(DatabasePasswords.FILE);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

    DatabasePasswords.read(home);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }

  @Test
  void anExistingFileIsNeverReplaced() {
    var first = DatabasePasswords.generate();
    first.write(home);

    assertThatThrownBy(() -> DatabasePasswords.generate().write(home))
        .isInstanceOf(EmbeddedPostgresException.class);
    assertThat(DatabasePasswords.read(home)).contains(first);
  }

  @Test
  void aDamagedFileOrAnUnsafePasswordIsRefused() throws Exception {
    Files.writeString(home.resolve(DatabasePasswords.FILE), "superuser=x' or '1\nowner=abc\n");

    assertThatThrownBy(() -> DatabasePasswords.read(home))
        .isInstanceOf(EmbeddedPostgresException.class)
        .hasMessageContaining("damaged");
    assertThatThrownBy(() -> new DatabasePasswords("a".repeat(32), "b".repeat(31) + "'"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
