package io.dbkeep.bootstrap.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Writes a command's output file whole or not at all: the bytes go to a new file beside it, which
 * then replaces it in one rename. A write that fails midway (a full disk, a file size limit, an
 * interrupted process) leaves the previous file as it was and no half-written file behind; before,
 * the file was truncated first and a failure left a piece of the new output in place of the old. A
 * path that exists and is not a regular file (a device such as {@code /dev/stdout}, a named pipe)
 * is written to directly, since it cannot be replaced.
 */
final class OutputFile {

  private OutputFile() {}

  static void write(Path target, byte[] bytes) throws IOException {
    if (Files.isDirectory(target)) {
      throw new IOException("Is a directory");
    }
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      Files.write(target, bytes);
      return;
    }
    // a symbolic link stays one: the file it points at is replaced, as a direct write would
    var absolute =
        Files.isSymbolicLink(target) && Files.exists(target)
            ? target.toRealPath()
            : target.toAbsolutePath();
    var directory = absolute.getParent();
    if (directory == null || !Files.isDirectory(directory)) {
      throw new java.nio.file.NoSuchFileException(target.toString());
    }
    var temporary =
        directory.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      Files.write(temporary, bytes, java.nio.file.StandardOpenOption.CREATE_NEW);
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        try {
          Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
        } catch (UnsupportedOperationException | IOException notPosix) {
          // keep the new file's own permissions
        }
      }
      try {
        Files.move(
            temporary,
            absolute,
            StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
