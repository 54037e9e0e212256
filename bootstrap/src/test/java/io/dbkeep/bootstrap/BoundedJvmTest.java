package io.dbkeep.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class BoundedJvmTest {

  private static final OptionalLong NO_CONTAINER = OptionalLong.empty();

  @Test
  void aJvmStartedWithoutMemoryOptionsRelaunchesBounded() {
    assertThat(BoundedJvm.shouldRelaunch(List.of(), Map.of(), NO_CONTAINER)).isTrue();
    assertThat(BoundedJvm.shouldRelaunch(List.of("-Dfile.encoding=UTF-8"), Map.of(), NO_CONTAINER))
        .isTrue();
  }

  @Test
  void memoryOptionsChosenByThePersonStartingItAreKept() {
    for (var option :
        List.of(
            "-Xmx1g",
            "-XX:MaxRAMPercentage=75",
            "-XX:MaxRAM=2g",
            "-XX:MaxHeapSize=512m",
            "-XX:InitialRAMPercentage=10")) {
      assertThat(BoundedJvm.shouldRelaunch(List.of(option), Map.of(), NO_CONTAINER))
          .as(option)
          .isFalse();
    }
  }

  @Test
  void aContainerLimitIsHonouredByTheJvmItself() {
    assertThat(BoundedJvm.shouldRelaunch(List.of(), Map.of(), OptionalLong.of(1L << 30))).isFalse();
  }

  @Test
  void theChildNeverRelaunchesAndTheSwitchTurnsItOff() {
    assertThat(BoundedJvm.shouldRelaunch(List.of(), Map.of(BoundedJvm.MARKER, "12"), NO_CONTAINER))
        .isFalse();
    assertThat(
            BoundedJvm.shouldRelaunch(List.of(), Map.of(BoundedJvm.SWITCH, "false"), NO_CONTAINER))
        .isFalse();
    assertThat(
            BoundedJvm.shouldRelaunch(List.of(), Map.of(BoundedJvm.SWITCH, "true"), NO_CONTAINER))
        .isTrue();
  }

  @Test
  void onlyTheServerRelaunchesNeverACommandLineTool() {
    assertThat(BoundedJvm.serves(new String[] {})).isTrue();
    assertThat(BoundedJvm.serves(new String[] {"serve"})).isTrue();
    assertThat(BoundedJvm.serves(new String[] {"--open"})).isTrue();
    assertThat(BoundedJvm.serves(new String[] {"db", "backup"})).isFalse();
    assertThat(BoundedJvm.serves(new String[] {"validate", "x.json"})).isFalse();
    assertThat(BoundedJvm.serves(new String[] {"--version"})).isFalse();
    assertThat(BoundedJvm.serves(new String[] {"serve", "--help"})).isFalse();
  }

  @Test
  void nativeHeapTrimmingIsAskedForOnlyWhenThisJavaHasTheOption() {
    assertThat(BoundedJvm.nativeHeapTrimming(name -> false)).isEmpty();
    assertThat(BoundedJvm.nativeHeapTrimming(name -> name.equals("TrimNativeHeapInterval")))
        .containsExactly("-XX:+UnlockExperimentalVMOptions", "-XX:TrimNativeHeapInterval=5000");
    assertThat(BoundedJvm.knowsVmOption("MaxHeapSize")).isTrue();
    assertThat(BoundedJvm.knowsVmOption("NoSuchOptionInAnyJava")).isFalse();
  }

  @Test
  void theChildsOptionsStartThisJava() throws Exception {
    var command = new java.util.ArrayList<String>();
    command.add(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(BoundedJvm.OPTIONS);
    command.addAll(BoundedJvm.nativeHeapTrimming(BoundedJvm::knowsVmOption));
    command.add("-version");
    var process = new ProcessBuilder(command).redirectErrorStream(true).start();
    var output = new String(process.getInputStream().readAllBytes());

    assertThat(process.waitFor()).as(output).isZero();
  }

  /**
   * What the heap's split is for (ADR 0114, 0122, 0124): survivor spaces that hold two concurrent
   * 500-table saves in flight (about 10 MB each: body, its JSON tree, the document, the stored form
   * and its text), so that they die young instead of filling the old generation, and an old
   * generation of 128 MB for one 10,000-table project. Read from the flags this Java settles on.
   */
  @Test
  void theChildsHeapHoldsTwoSavesInFlightInTheSurvivorsAndTheOldGenerationOneLargeProject()
      throws Exception {
    var command = new java.util.ArrayList<String>();
    command.add(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(BoundedJvm.OPTIONS);
    command.add("-XX:+PrintFlagsFinal");
    command.add("-version");
    var process = new ProcessBuilder(command).redirectErrorStream(true).start();
    var output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor()).as(output).isZero();
    var flags = new java.util.HashMap<String, Long>();
    for (var line : output.split("\n")) {
      var fields = line.trim().split("\\s+");
      if (fields.length >= 4 && fields[2].equals("=") && fields[3].matches("\\d{1,18}")) {
        flags.put(fields[1], Long.parseLong(fields[3]));
      }
    }
    long mb = 1024 * 1024;
    long young = flags.get("MaxNewSize");
    long survivor = young / (flags.get("SurvivorRatio") + 2);
    long usable = survivor * flags.get("TargetSurvivorRatio") / 100;

    assertThat(usable).isGreaterThanOrEqualTo(2 * 10 * mb);
    assertThat(flags.get("MaxHeapSize") - young).isGreaterThanOrEqualTo(128 * mb);
  }
}
