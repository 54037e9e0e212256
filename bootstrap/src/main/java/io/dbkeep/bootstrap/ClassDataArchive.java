package io.dbkeep.bootstrap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Class-data sharing for the bounded child JVM (ADR 0106): the classes a server start loads —
 * Hibernate, Jetty, Jackson, Flyway — are parsed and verified once and mapped from an archive on
 * every later start. The files live in {@code DBKEEP_HOME/cds} (default {@code ~/.dbkeep/cds}),
 * named by a digest of the Java runtime and of the class path entries with their sizes and
 * modification times, so a new jar or a new Java gets new ones.
 *
 * <p>Java 19 and later create and check the archive themselves ({@code
 * -XX:+AutoCreateSharedArchive}). On Java 17 a start without anything records the classes it loads
 * ({@code -XX:DumpLoadedClassList}, written as they load: no cost at exit); the parent keeps the
 * list when the server has stopped. The next start runs the server at once and, beside it, one
 * {@code java -Xshare:dump} of that list into a temporary file that is moved into place when the
 * dump succeeded (a failed dump discards the list, so it is recorded again). Later starts map the
 * archive. A missing, stale or damaged archive only costs the time it would have saved: the JVM
 * then starts without it and says nothing ({@code -Xlog:cds=off}). {@code
 * DBKEEP_CLASS_DATA_SHARING=false} turns it off.
 */
final class ClassDataArchive {

  /** {@code DBKEEP_CLASS_DATA_SHARING=false} starts the child without an archive. */
  static final String SWITCH = "DBKEEP_CLASS_DATA_SHARING";

  private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

  private final Path archive;
  private final int javaFeature;
  private final String suffix = "." + ProcessHandle.current().pid() + ".new";

  private ClassDataArchive(Path archive, int javaFeature) {
    this.archive = archive;
    this.javaFeature = javaFeature;
  }

  /**
   * The archive for this class path and Java runtime, unless switched off or the class path cannot
   * be identified.
   */
  static Optional<ClassDataArchive> forThisJvm(Map<String, String> environment, String classPath) {
    var choice = environment.getOrDefault(SWITCH, "").strip();
    if (choice.equalsIgnoreCase("false") || choice.equals("0") || choice.equalsIgnoreCase("no")) {
      return Optional.empty();
    }
    var home =
        Optional.ofNullable(environment.get("DBKEEP_HOME"))
            .filter(text -> !text.isBlank())
            .map(Path::of)
            .orElseGet(() -> Path.of(System.getProperty("user.home"), ".dbkeep"));
    return key(classPath)
        .map(
            key ->
                new ClassDataArchive(
                    home.resolve("cds").resolve("dbkeep-" + key + ".jsa"),
                    Runtime.version().feature()));
  }

  /** For tests: an archive at {@code archive} for a JVM of {@code javaFeature}. */
  static ClassDataArchive at(Path archive, int javaFeature) {
    return new ClassDataArchive(archive, javaFeature);
  }

  Path archive() {
    return archive;
  }

  /** The list of classes a start loaded, from which the archive is made. */
  Path classList() {
    var name = archive.getFileName().toString();
    return archive.resolveSibling(
        name.substring(0, name.length() - ".jsa".length()) + ".classlist");
  }

  private Path pending(Path file) {
    return file.resolveSibling(file.getFileName() + suffix);
  }

  /**
   * The child's options: map the archive when there is one, else record the classes it loads when
   * there is no list of them yet (none when the directory cannot be made).
   */
  List<String> childOptions() {
    var options = new ArrayList<>(QUIET);
    if (javaFeature >= 19) {
      if (!directoryReady()) {
        return List.of();
      }
      options.add("-XX:+AutoCreateSharedArchive");
      options.add("-XX:SharedArchiveFile=" + archive);
      return options;
    }
    if (Files.isRegularFile(archive)) {
      options.add("-XX:SharedArchiveFile=" + archive);
      return options;
    }
    if (Files.isRegularFile(classList()) || !directoryReady()) {
      return List.of();
    }
    options.add("-XX:DumpLoadedClassList=" + pending(classList()));
    return options;
  }

  /**
   * On Java 17/18 with a list of classes and no archive yet: starts making the archive beside the
   * server, with {@code java} on {@code classPath}. The dump runs under {@code /bin/sh}, which
   * moves the archive into place when {@code java -Xshare:dump} succeeded and drops the list when
   * it failed (so it is recorded again); it outlives a server stopped before it is done (a dump
   * takes several seconds). Does nothing otherwise, or without {@code /bin/sh}.
   */
  void startDumpIfNeeded(String java, String classPath) {
    var shell = Path.of("/bin/sh");
    if (javaFeature >= 19
        || Files.isRegularFile(archive)
        || !Files.isRegularFile(classList())
        || !Files.isExecutable(shell)) {
      return;
    }
    var made = pending(archive);
    var script =
        "\"$0\" -Xshare:dump -XX:SharedClassListFile=\"$1\" -XX:SharedArchiveFile=\"$2\""
            + " -Xlog:cds=off -Xlog:cds+dynamic=off -cp \"$3\""
            + " && test -s \"$2\" && mv -f \"$2\" \"$4\""
            + " || rm -f \"$2\" \"$1\"";
    var command =
        List.of(
            shell.toString(),
            "-c",
            script,
            java,
            classList().toString(),
            made.toString(),
            classPath,
            archive.toString());
    try {
      new ProcessBuilder(command)
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
          .start();
    } catch (IOException e) {
      // no archive this time: a later start tries again
    }
  }

  /**
   * After the child ended: a recorded class list is kept unless the child was killed (its list may
   * be cut short).
   */
  void childEnded(int exitCode) {
    var recorded = pending(classList());
    try {
      if (!Files.isRegularFile(recorded)) {
        return;
      }
      if (exitCode == 137 || exitCode == 134 || Files.size(recorded) == 0) {
        Files.deleteIfExists(recorded);
        return;
      }
      Files.move(recorded, classList(), StandardCopyOption.REPLACE_EXISTING);
      removeOthers();
    } catch (IOException e) {
      quietlyDelete(recorded);
    }
  }

  /** Removes the archives and lists of other jars or runtimes. */
  private void removeOthers() throws IOException {
    try (var files = Files.list(archive.getParent())) {
      for (var file : files.toList()) {
        var name = file.getFileName().toString();
        if (name.startsWith("dbkeep-")
            && (name.endsWith(".jsa") || name.endsWith(".classlist"))
            && !file.equals(archive)
            && !file.equals(classList())) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  private static void quietlyDelete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // left behind: harmless, and removed with the other jars' files later
    }
  }

  private boolean directoryReady() {
    try {
      Files.createDirectories(archive.getParent());
      return Files.isWritable(archive.getParent());
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * A digest of the Java runtime and of every class path entry with its size and modification time;
   * empty when an entry cannot be read.
   */
  static Optional<String> key(String classPath) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      return Optional.empty();
    }
    var identity = new StringBuilder();
    identity
        .append(System.getProperty("java.home"))
        .append('\n')
        .append(System.getProperty("java.vm.version"))
        .append('\n');
    for (var entry : classPath.split(java.io.File.pathSeparator)) {
      if (entry.isBlank()) {
        continue;
      }
      var path = Path.of(entry).toAbsolutePath();
      try {
        identity
            .append(path)
            .append(' ')
            .append(Files.size(path))
            .append(' ')
            .append(Files.getLastModifiedTime(path).toMillis())
            .append('\n');
      } catch (IOException | RuntimeException e) {
        return Optional.empty();
      }
    }
    var hash = digest.digest(identity.toString().getBytes(StandardCharsets.UTF_8));
    return Optional.of(HexFormat.of().formatHex(hash, 0, 12));
  }
}
