package io.dbkeep.bootstrap.cli;

import io.dbkeep.bootstrap.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * One run of the real command line, in-process, as {@code Main} configures it: its exit status and
 * what it wrote to standard output and error.
 */
record CliRun(int status, String out, String err) {

  /** Runs {@code dbkeep args…}. */
  static CliRun dbkeep(String... args) {
    var out = new StringWriter();
    var err = new StringWriter();
    var commandLine = Main.configure(new CommandLine(new DbkeepCommand()));
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    var status = commandLine.execute(args);
    return new CliRun(status, out.toString(), err.toString());
  }
}
