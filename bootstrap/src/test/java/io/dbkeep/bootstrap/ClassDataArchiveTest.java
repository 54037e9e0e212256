package io.dbkeep.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchiveTest {

  @TempDir Path home;

  @Test
  void onJava17AStartRecordsItsClassesTheNextMakesTheArchiveAndLaterOnesMapIt() throws Exception {
    var archive = ClassDataArchive.at(home.resolve("cds").resolve("dbkeep-abc.jsa"), 17);

    var first = archive.childOptions();
    assertThat(first).contains("-Xlog:cds=off");
    var recording =
        Path.of(
            first.stream()
                .filter(option -> option.startsWith("-XX:DumpLoadedClassList="))
                .findFirst()
                .orElseThrow()
                .substring("-XX:DumpLoadedClassList=".length()));
    assertThat(archive.archive().getParent()).isDirectory();
    Files.writeString(recording, "java/lang/Object id: 0\n");
    archive.childEnded(143);
    assertThat(archive.classList()).exists();
    assertThat(recording).doesNotExist();

    assertThat(archive.childOptions())
        .noneMatch(option -> option.startsWith("-XX:DumpLoadedClassList"))
        .noneMatch(option -> option.startsWith("-XX:SharedArchiveFile"));

    Files.writeString(archive.archive(), "archive");
    assertThat(archive.childOptions()).contains("-XX:SharedArchiveFile=" + archive.archive());
  }

  @Test
  void theArchiveIsMadeByJavaFromTheRecordedList() throws Exception {
    var archive = ClassDataArchive.at(home.resolve("cds").resolve("dbkeep-abc.jsa"), 17);
    archive.childOptions();
    Files.writeString(archive.classList(), "java/lang/Object id: 0\njava/lang/String id: 1\n");
    var javaCommand = ProcessHandle.current().info().command().orElseThrow();

    var classPath = Files.createDirectories(home.resolve("classes")).toString();

    archive.startDumpIfNeeded(javaCommand, classPath);

    var deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(3);
    while (!Files.exists(archive.archive()) && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(archive.archive()).isNotEmptyFile();
  }

  @Test
  void aListRecordedByAKilledServerOrAFailedDumpIsThrownAway() throws Exception {
    var archive = ClassDataArchive.at(home.resolve("cds").resolve("dbkeep-abc.jsa"), 17);
    var recording =
        Path.of(archive.childOptions().get(2).substring("-XX:DumpLoadedClassList=".length()));
    Files.writeString(recording, "half a li");

    archive.childEnded(137);

    assertThat(recording).doesNotExist();
    assertThat(archive.classList()).doesNotExist();

    Files.writeString(archive.classList(), "a list");
    archive.startDumpIfNeeded(
        home.resolve("no-java").toString(),
        Files.createDirectories(home.resolve("classes")).toString());
    var deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(1);
    while (Files.exists(archive.classList()) && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(archive.classList()).doesNotExist();
    assertThat(pendingArchive(archive)).doesNotExist();
    assertThat(archive.archive()).doesNotExist();
  }

  @Test
  void aNewArchiveReplacesThoseOfOtherJarsOrRuntimes() throws Exception {
    var cds = Files.createDirectories(home.resolve("cds"));
    var old = Files.writeString(cds.resolve("dbkeep-old.jsa"), "old");
    var oldList = Files.writeString(cds.resolve("dbkeep-old.classlist"), "old");
    var unrelated = Files.writeString(cds.resolve("notes.txt"), "kept");
    var archive = ClassDataArchive.at(cds.resolve("dbkeep-new.jsa"), 17);
    var recording =
        Path.of(archive.childOptions().get(2).substring("-XX:DumpLoadedClassList=".length()));
    Files.writeString(recording, "list");

    archive.childEnded(0);

    assertThat(old).doesNotExist();
    assertThat(oldList).doesNotExist();
    assertThat(unrelated).exists();
    assertThat(archive.classList()).hasContent("list");
  }

  @Test
  void anArchiveOfAnotherJarOrADamagedOneIsNotUsedAndTheJvmStillRuns() throws Exception {
    var jar = home.resolve("app.jar");
    writeJar(jar, "archived");
    var archive = ClassDataArchive.at(home.resolve("cds").resolve("dbkeep-app.jsa"), 17);
    archive.childOptions();
    Files.writeString(archive.classList(), "java/lang/Object id: 0\nprobe/Hello id: 1\n");
    var javaCommand = ProcessHandle.current().info().command().orElseThrow();
    archive.startDumpIfNeeded(javaCommand, jar.toString());
    var deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (!Files.exists(archive.archive()) && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(archive.archive()).isNotEmptyFile();
    assertThat(run(javaCommand, archive, jar)).isEqualTo("archived");
    assertThat(helloSource()).contains("shared objects file");

    // the jar is replaced by another one at the same path: its own class runs, not the archived one
    writeJar(jar, "replaced, a longer answer");
    Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    assertThat(run(javaCommand, archive, jar)).isEqualTo("replaced, a longer answer");
    assertThat(helloSource()).doesNotContain("shared objects file");

    Files.write(archive.archive(), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
    assertThat(run(javaCommand, archive, jar)).isEqualTo("replaced, a longer answer");
  }

  /** A jar with one class, {@code probe.Hello}, that prints {@code answer}. */
  private void writeJar(Path jar, String answer) throws Exception {
    var sources = Files.createDirectories(home.resolve("src-" + answer.length()).resolve("probe"));
    var source =
        Files.writeString(
            sources.resolve("Hello.java"),
            "package probe; public class Hello { public static void main(String[] a) {"
                + " System.out.print(\""
                + answer
                + "\"); } }");
    var classes = Files.createDirectories(home.resolve("classes-" + answer.length()));
    var compiler = javax.tools.ToolProvider.getSystemJavaCompiler();
    assertThat(compiler.run(null, null, null, "-d", classes.toString(), source.toString()))
        .isZero();
    try (var out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new JarEntry("probe/Hello.class"));
      out.write(Files.readAllBytes(classes.resolve("probe").resolve("Hello.class")));
      out.closeEntry();
    }
  }

  /**
   * Where the last {@link #run} loaded {@code probe.Hello} from, as {@code -Xlog:class+load} says.
   */
  private String helloSource() throws Exception {
    return Files.readAllLines(home.resolve("class-load.txt")).stream()
        .filter(line -> line.contains(" probe.Hello "))
        .findFirst()
        .orElseThrow();
  }

  /** Runs {@code probe.Hello} from {@code jar} with the child's class-data options. */
  private String run(String javaCommand, ClassDataArchive archive, Path jar) throws Exception {
    var command = new ArrayList<String>();
    command.add(javaCommand);
    command.addAll(archive.childOptions());
    command.add("-Xlog:class+load=info:file=" + home.resolve("class-load.txt"));
    command.addAll(List.of("-cp", jar.toString(), "probe.Hello"));
    var process = new ProcessBuilder(command).redirectErrorStream(true).start();
    var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(output).isZero();
    return output;
  }

  private static Path pendingArchive(ClassDataArchive archive) {
    return archive
        .archive()
        .resolveSibling(
            archive.archive().getFileName() + "." + ProcessHandle.current().pid() + ".new");
  }

  @Test
  void newerJavaCreatesAndChecksTheArchiveItself() {
    var archive = ClassDataArchive.at(home.resolve("cds").resolve("dbkeep-abc.jsa"), 21);

    assertThat(archive.childOptions())
        .contains("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + archive.archive());
  }

  @Test
  void theArchiveIsNamedByTheClassPathAndItsFilesState() throws Exception {
    var jar = Files.writeString(home.resolve("dbkeep.jar"), "jar");
    var first = ClassDataArchive.key(jar.toString());

    Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000L));
    var touched = ClassDataArchive.key(jar.toString());

    assertThat(first).isPresent();
    assertThat(touched).isPresent().isNotEqualTo(first);
    assertThat(ClassDataArchive.key(home.resolve("missing.jar").toString())).isEmpty();
  }

  @Test
  void itLivesInTheDbkeepHomeAndCanBeSwitchedOff() throws Exception {
    var jar = Files.writeString(home.resolve("dbkeep.jar"), "jar").toString();

    assertThat(ClassDataArchive.forThisJvm(Map.of("DBKEEP_HOME", home.toString()), jar))
        .hasValueSatisfying(
            archive -> assertThat(archive.archive().getParent()).isEqualTo(home.resolve("cds")));
    assertThat(
            ClassDataArchive.forThisJvm(
                Map.of("DBKEEP_HOME", home.toString(), ClassDataArchive.SWITCH, "false"), jar))
        .isEmpty();
  }

  @Test
  void classDataOptionsOfThePersonStartingItAreKept() {
    assertThat(BoundedJvm.choosesClassData("-Xshare:off")).isTrue();
    assertThat(BoundedJvm.choosesClassData("-XX:SharedArchiveFile=/tmp/a.jsa")).isTrue();
    assertThat(BoundedJvm.choosesClassData("-XX:ArchiveClassesAtExit=/tmp/a.jsa")).isTrue();
    assertThat(BoundedJvm.choosesClassData("-Dfile.encoding=UTF-8")).isFalse();
  }

  @Test
  void aFlightRecordingOrAnAgentStartedWithTheJvmGetsNoArchive() {
    assertThat(BoundedJvm.watchesClassLoading("-XX:StartFlightRecording=filename=start.jfr"))
        .isTrue();
    assertThat(BoundedJvm.watchesClassLoading("-XX:StartFlightRecording")).isTrue();
    assertThat(BoundedJvm.watchesClassLoading("-javaagent:/opt/otel.jar")).isTrue();
    assertThat(BoundedJvm.watchesClassLoading("-agentlib:jdwp=transport=dt_socket")).isTrue();
    assertThat(BoundedJvm.watchesClassLoading("-agentpath:/opt/libprofiler.so")).isTrue();
    assertThat(BoundedJvm.watchesClassLoading("-XX:FlightRecorderOptions=stackdepth=96")).isFalse();
    assertThat(BoundedJvm.watchesClassLoading("-Dfile.encoding=UTF-8")).isFalse();
  }
}
