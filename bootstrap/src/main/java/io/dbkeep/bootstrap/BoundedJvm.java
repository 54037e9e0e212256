package io.dbkeep.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * Bounds the server's memory when it is started as the README says ({@code java -jar dbkeep.jar}):
 * a JVM left to its defaults sizes its heap at a quarter of the machine and grew to almost 3 GB
 * under a save load. When the server was started without any heap option, outside a container that
 * limits memory, and not already relaunched, {@code main} starts the server once more in a child
 * JVM with {@link #OPTIONS} and waits for it (ADR 0105).
 *
 * <p>The child owns everything the server holds (the HTTP port, the embedded PostgreSQL, the
 * single-instance lock); the parent only forwards: its standard output and error are the child's,
 * SIGTERM/SIGINT to the parent stops the child gracefully, the parent exits with the child's code.
 * The child watches a pipe from the parent on its standard input: when the parent dies without
 * warning (SIGKILL), the pipe closes and the child halts at once, as the killed server would have.
 */
final class BoundedJvm {

  /** Set in the child's environment: it never relaunches again. */
  static final String MARKER = "DBKEEP_BOUNDED_JVM";

  /** {@code DBKEEP_JVM_RELAUNCH=false} keeps the server in the JVM it was started in. */
  static final String SWITCH = "DBKEEP_JVM_RELAUNCH";

  /**
   * The child's options: a heap of 224 MB (its 128 MB old generation holds one 10,000-table project
   * while it is saved, diffed or migrated; at 160 MB one such save ended the server, ADR 0122),
   * bounded metaspace, code cache, direct buffers and thread stacks, and the serial collector (no
   * parallel GC threads and their bookkeeping on a server that answers a few hundred requests a
   * second). The young generation is 96 MB of it, with 16 MB survivor spaces filled up to 90 %
   * before objects are promoted: a save keeps several megabytes alive while it runs, and with the
   * default split (5 MB survivors) every collection promoted the saves in flight, filling the old
   * generation for a full collection every few seconds (ADR 0114). Figures in docs/performance.md.
   */
  static final List<String> OPTIONS =
      List.of(
          "-Xmx224m",
          "-Xmn96m",
          "-XX:SurvivorRatio=2",
          "-XX:TargetSurvivorRatio=90",
          "-Xss512k",
          "-XX:MaxMetaspaceSize=128m",
          "-XX:ReservedCodeCacheSize=64m",
          "-XX:MaxDirectMemorySize=64m",
          "-XX:+UseSerialGC",
          "-XX:+ExitOnOutOfMemoryError");

  private BoundedJvm() {}

  /**
   * Whether the server should run in a bounded child JVM.
   *
   * @param jvmArguments this JVM's input arguments (including JAVA_TOOL_OPTIONS and
   *     JDK_JAVA_OPTIONS)
   * @param environment the process environment
   * @param containerLimit the memory limit of this process's control group, when it has one below
   *     the machine's memory
   */
  static boolean shouldRelaunch(
      List<String> jvmArguments, Map<String, String> environment, OptionalLong containerLimit) {
    if (environment.containsKey(MARKER)) {
      return false;
    }
    var choice = environment.getOrDefault(SWITCH, "").strip();
    if (choice.equalsIgnoreCase("false") || choice.equals("0") || choice.equalsIgnoreCase("no")) {
      return false;
    }
    if (containerLimit.isPresent()) {
      return false; // the JVM sizes itself from the container's limit
    }
    return jvmArguments.stream().noneMatch(BoundedJvm::boundsMemory);
  }

  /** An option by which the person starting the JVM chose its memory. */
  static boolean boundsMemory(String argument) {
    return argument.startsWith("-Xmx")
        || argument.startsWith("-XX:MaxHeapSize")
        || argument.startsWith("-XX:MaxRAM")
        || argument.startsWith("-XX:MaxRAMPercentage")
        || argument.startsWith("-XX:MaxRAMFraction")
        || argument.startsWith("-XX:InitialRAMPercentage")
        || argument.startsWith("-XX:MinRAMPercentage");
  }

  /** Whether {@code args} start the server (not a command-line tool, help or version). */
  static boolean serves(String[] args) {
    if (args.length > 0 && !args[0].equals("serve") && !args[0].startsWith("-")) {
      return false;
    }
    for (var arg : args) {
      if (arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Runs the server in a bounded child JVM when it should, and returns the child's exit code; empty
   * when the server is to run in this JVM.
   */
  static Optional<Integer> relaunchIfUnbounded(String[] args) {
    if (!serves(args)) {
      return Optional.empty();
    }
    List<String> jvmArguments;
    try {
      jvmArguments = ManagementFactory.getRuntimeMXBean().getInputArguments();
    } catch (RuntimeException | LinkageError e) {
      return Optional.empty(); // no management: stay as started
    }
    if (!shouldRelaunch(jvmArguments, System.getenv(), containerLimit())) {
      return Optional.empty();
    }
    var java = ProcessHandle.current().info().command();
    var classPath = System.getProperty("java.class.path");
    if (java.isEmpty() || classPath == null || classPath.isBlank()) {
      return Optional.empty();
    }
    var archive =
        jvmArguments.stream().anyMatch(it -> choosesClassData(it) || watchesClassLoading(it))
            ? Optional.<ClassDataArchive>empty()
            : ClassDataArchive.forThisJvm(System.getenv(), classPath);
    var command = new ArrayList<String>();
    command.add(java.get());
    command.addAll(OPTIONS);
    command.addAll(nativeHeapTrimming(BoundedJvm::knowsVmOption));
    archive.ifPresent(it -> command.addAll(it.childOptions()));
    command.addAll(jvmArguments);
    command.add("-cp");
    command.add(classPath);
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    try {
      var code = runChild(command, archive, classPath);
      return Optional.of(code);
    } catch (IOException e) {
      System.err.println(
          "dbkeep: could not start a bounded JVM (" + e.getMessage() + "); serving in this one");
      return Optional.empty();
    }
  }

  /**
   * Gives memory that the JVM's own native allocations freed (the JIT compilers' arenas, above all,
   * which grow while the save path is compiled) back to the system every few seconds, when this
   * Java has the option (17.0.9 and later; experimental in some builds, hence the unlock): without
   * it glibc keeps the freed memory resident. An older Java gets nothing, rather than an option it
   * refuses to start with.
   */
  static List<String> nativeHeapTrimming(java.util.function.Predicate<String> knowsVmOption) {
    return knowsVmOption.test("TrimNativeHeapInterval")
        ? List.of("-XX:+UnlockExperimentalVMOptions", "-XX:TrimNativeHeapInterval=5000")
        : List.of();
  }

  /** Whether this JVM (the same Java the child runs) has the {@code -XX} option {@code name}. */
  static boolean knowsVmOption(String name) {
    try {
      ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
          .getVMOption(name);
      return true;
    } catch (RuntimeException | LinkageError unknown) {
      return false;
    }
  }

  /** An option by which the person starting the JVM chose its class-data sharing. */
  static boolean choosesClassData(String argument) {
    return argument.startsWith("-Xshare")
        || argument.startsWith("-XX:SharedArchiveFile")
        || argument.startsWith("-XX:ArchiveClassesAtExit")
        || argument.contains("AutoCreateSharedArchive");
  }

  /**
   * An option that starts an agent or a flight recording with the JVM: these watch every class
   * load, and Java 17 crashed (SIGSEGV in {@code KlassFactory::check_shared_class_file_load_hook})
   * loading the server's classes from our archive with {@code -XX:StartFlightRecording} given on
   * the command line. Such a start runs without the archive (ADR 0134).
   */
  static boolean watchesClassLoading(String argument) {
    return argument.startsWith("-XX:StartFlightRecording")
        || argument.startsWith("-XX:+FlightRecorder")
        || argument.startsWith("-javaagent")
        || argument.startsWith("-agentlib")
        || argument.startsWith("-agentpath")
        || argument.startsWith("-Xrun");
  }

  private static int runChild(
      List<String> command, Optional<ClassDataArchive> archive, String classPath)
      throws IOException {
    var builder =
        new ProcessBuilder(command)
            .redirectInput(ProcessBuilder.Redirect.PIPE)
            .redirectOutput(ProcessBuilder.Redirect.INHERIT)
            .redirectError(ProcessBuilder.Redirect.INHERIT);
    builder.environment().put(MARKER, Long.toString(ProcessHandle.current().pid()));
    // glibc gives each thread that allocates its own malloc arena (up to 8 per core, each growing
    // on its own): with Jetty's threads that is tens of megabytes resident for nothing
    builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
    var child = builder.start();
    archive.ifPresent(it -> it.startDumpIfNeeded(command.get(0), classPath));
    var finished = new java.util.concurrent.atomic.AtomicBoolean();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  if (!finished.compareAndSet(false, true)) {
                    return;
                  }
                  child.toHandle().destroy(); // SIGTERM: the child stops gracefully
                  try {
                    if (!child.waitFor(60, TimeUnit.SECONDS)) {
                      child.toHandle().destroyForcibly();
                      child.waitFor(10, TimeUnit.SECONDS);
                    }
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  // the parent ends with the child's code, not the signal's
                  var code = child.isAlive() ? 1 : child.exitValue();
                  archive.ifPresent(it -> it.childEnded(code));
                  Runtime.getRuntime().halt(code);
                },
                "dbkeep-child-stop"));
    while (true) {
      try {
        var code = child.waitFor();
        if (finished.compareAndSet(false, true)) {
          archive.ifPresent(it -> it.childEnded(code));
        }
        return code;
      } catch (InterruptedException e) {
        // keep waiting: the shutdown hook stops the child
      }
    }
  }

  /**
   * In the child: halts when the parent's pipe on standard input closes (the parent was killed).
   * Does nothing in a JVM that was not relaunched.
   */
  static void haltWithParent() {
    if (!System.getenv().containsKey(MARKER)) {
      return;
    }
    InputStream in = System.in;
    var watcher =
        new Thread(
            () -> {
              try {
                while (in.read() != -1) {
                  // the parent never writes; anything read is ignored
                }
              } catch (IOException e) {
                // closed: the parent is gone
              }
              Runtime.getRuntime().halt(137);
            },
            "dbkeep-parent-watch");
    watcher.setDaemon(true);
    watcher.start();
  }

  /**
   * This process's control-group memory limit when it is below the machine's memory (a container
   * that limits memory); empty otherwise.
   */
  static OptionalLong containerLimit() {
    var machine = machineMemory();
    for (var file :
        List.of(
            Path.of("/sys/fs/cgroup/memory.max"),
            Path.of("/sys/fs/cgroup/memory/memory.limit_in_bytes"))) {
      try {
        if (!Files.isReadable(file)) {
          continue;
        }
        var text = Files.readString(file).strip();
        if (text.equals("max") || text.isEmpty()) {
          return OptionalLong.empty();
        }
        var limit = Long.parseLong(text);
        if (machine.isPresent() && limit < machine.getAsLong()) {
          return OptionalLong.of(limit);
        }
        return OptionalLong.empty();
      } catch (IOException | NumberFormatException e) {
        return OptionalLong.empty();
      }
    }
    return OptionalLong.empty();
  }

  private static OptionalLong machineMemory() {
    try {
      for (var line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          var kb = line.replaceAll("[^0-9]", "");
          return OptionalLong.of(Long.parseLong(kb) * 1024);
        }
      }
    } catch (IOException | NumberFormatException e) {
      // not Linux
    }
    return OptionalLong.empty();
  }
}
