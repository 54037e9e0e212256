package io.dbkeep.bootstrap.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dbkeep admin …}: administration from the command line. */
@Command(
    name = "admin",
    mixinStandardHelpOptions = true,
    description = "Administer DBKeep's users.",
    subcommands = {AdminCreateCommand.class})
public final class AdminCommand implements Runnable {

  @Spec private CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
