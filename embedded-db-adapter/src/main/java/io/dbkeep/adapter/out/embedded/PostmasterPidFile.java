package io.dbkeep.adapter.out.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * PostgreSQL's {@code postmaster.pid} in a data directory: line 1 the postmaster's process id, line
 * 4 its port, line 8 its status ({@code starting}, {@code ready}, {@code stopping}).
 *
 * @param pid the postmaster's process id
 * @param port its port, or 0 when the file does not say yet
 * @param status its status, or an empty string when the file does not say yet
 */
record PostmasterPidFile(long pid, int port, String status) {

  static final String FILE = "postmaster.pid";

  /** The file in {@code dataDirectory}, when there is one that names a process. */
  static Optional<PostmasterPidFile> read(Path dataDirectory) {
    String text;
    try {
      text = Files.readString(dataDirectory.resolve(FILE), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new EmbeddedPostgresException(
          "cannot read " + dataDirectory.resolve(FILE) + ": " + e.getMessage(), e);
    }
    return parse(text);
  }

  /** Reads the file's text; empty when its first line is not a process id. */
  static Optional<PostmasterPidFile> parse(String text) {
    var lines = text.split("\\R", -1);
    long pid;
    try {
      pid = Long.parseLong(lines[0].strip());
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    if (pid <= 0) {
      return Optional.empty();
    }
    var port = 0;
    if (lines.length > 3) {
      try {
        port = Integer.parseInt(lines[3].strip());
      } catch (NumberFormatException e) {
        port = 0;
      }
    }
    if (port < 0 || port > 65_535) {
      port = 0;
    }
    var status = lines.length > 7 ? lines[7].strip() : "";
    return Optional.of(new PostmasterPidFile(pid, port, status));
  }

  boolean ready() {
    return status.equals("ready") && port > 0;
  }
}
