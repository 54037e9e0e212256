package io.dbkeep.bootstrap;

import io.dbkeep.bootstrap.config.ConfigurationException;
import io.dbkeep.bootstrap.config.Environment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;

/**
 * The session secret of a first run. A server without {@code DBKEEP_SECRET} signs session cookies
 * with a secret made up at each start, so every restart signs everybody out; with the embedded
 * PostgreSQL, whose sessions outlive restarts, that would be the first thing a new user meets. So
 * there, unless {@code DBKEEP_SECRET} or {@code BETTER_AUTH_SECRET} is set, the secret is generated
 * once into {@code DBKEEP_HOME/session-secret} (owner-only) and read back at every start.
 */
final class SessionSecretFile {

  static final String FILE = "session-secret";

  private SessionSecretFile() {}

  /** {@code env}, with {@code DBKEEP_SECRET} from {@code home} when neither secret is set. */
  static Environment apply(Environment env, Path home) {
    if (env.text("DBKEEP_SECRET").isPresent() || env.text("BETTER_AUTH_SECRET").isPresent()) {
      return env;
    }
    return env.with("DBKEEP_SECRET", readOrCreate(home.resolve(FILE)));
  }

  private static String readOrCreate(Path file) {
    try {
      try {
        var secret = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (secret.length() >= 32) {
          return secret;
        }
        Files.delete(file); // damaged: make a new one (signs everybody out once)
      } catch (java.nio.file.NoSuchFileException e) {
        // first start
      }
      var bytes = new byte[36];
      new SecureRandom().nextBytes(bytes);
      var secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      try {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(
                EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE)));
      } catch (UnsupportedOperationException e) {
        Files.createFile(file);
      } catch (FileAlreadyExistsException e) {
        return readOrCreate(file); // written by a tool started at the same moment
      }
      Files.writeString(file, secret + "\n", StandardCharsets.US_ASCII);
      return secret;
    } catch (IOException e) {
      throw new ConfigurationException("cannot read or write " + file + ": " + e.getMessage());
    }
  }
}
