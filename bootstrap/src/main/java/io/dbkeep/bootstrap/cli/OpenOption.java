package io.dbkeep.bootstrap.cli;

import picocli.CommandLine.Option;

/** {@code --open}: open the system browser at the server's address once it listens. */
public final class OpenOption {

  @Option(
      names = "--open",
      description =
          "Open the system browser at the address once the server listens (when there is one)")
  boolean open;

  public boolean open() {
    return open;
  }
}
