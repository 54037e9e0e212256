package io.dbkeep.bootstrap.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the files the schema commands are given (a path, or {@code -} for standard input) with a
 * bound: {@code /dev/zero}, a named pipe that never ends or a file of gigabytes is refused after
 * {@value #MAX_MIB} MiB (exit status 2) instead of filling memory until the JVM dies with an
 * OutOfMemoryError and its stack trace. The bound is the importer's own limit of 64 Mi characters.
 */
final class InputFiles {

  static final int MAX_MIB = 64;

  static final int MAX_BYTES = MAX_MIB * 1024 * 1024;

  private InputFiles() {}

  /** The bytes of {@code file}; more than {@link #MAX_BYTES} is an IOException saying so. */
  static byte[] read(String file, InputStream stdin) throws IOException {
    if ("-".equals(file)) {
      return bounded(stdin, "standard input");
    }
    var path = Path.of(file);
    if (Files.isDirectory(path)) {
      throw new IOException("Is a directory");
    }
    try (var in = Files.newInputStream(path)) {
      return bounded(in, file);
    }
  }

  private static byte[] bounded(InputStream in, String name) throws IOException {
    var bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw new IOException(
          "it is larger than " + MAX_MIB + " MiB, the most a schema command reads");
    }
    return bytes;
  }
}
