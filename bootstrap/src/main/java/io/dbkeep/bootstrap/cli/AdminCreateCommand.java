package io.dbkeep.bootstrap.cli;

import io.dbkeep.adapter.out.persistence.PostgresPersistence;
import io.dbkeep.adapter.out.security.Argon2PasswordHasher;
import io.dbkeep.adapter.out.security.SecureRandomTokenGenerator;
import io.dbkeep.application.service.identity.BootstrapAdminsService;
import io.dbkeep.bootstrap.DatabaseChoice;
import io.dbkeep.bootstrap.config.Environment;
import io.dbkeep.bootstrap.config.ServerConfig;
import io.dbkeep.domain.identity.IdentityError;
import io.dbkeep.domain.identity.IdentityPolicy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dbkeep admin create --email … --name …}: creates a verified administrator whose password
 * is read from standard input (a prompt without echo on a terminal, else the first line), or
 * promotes the existing account with that email. Exit codes: 0 done, 1 the database failed, 2 bad
 * input.
 */
@Command(
    name = "create",
    mixinStandardHelpOptions = true,
    description = {
      "Create an administrator (or promote the existing account with that email).",
      "The password (8-128 characters) is read from standard input."
    })
public final class AdminCreateCommand implements Callable<Integer> {

  @Mixin private DatabaseOption database = new DatabaseOption();

  @Option(names = "--email", required = true, paramLabel = "EMAIL", description = "the email")
  private String email;

  @Option(names = "--name", required = true, paramLabel = "NAME", description = "display name")
  private String name;

  @Spec private CommandSpec spec;

  private final InputStream input;

  public AdminCreateCommand() {
    this(System.in);
  }

  AdminCreateCommand(InputStream input) {
    this.input = input;
  }

  @Override
  public Integer call() throws IOException {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    var password = readPassword();
    if (password == null) {
      err.println("dbkeep: no password on standard input");
      return 2;
    }
    var environment = Environment.system();
    try (var choice = DatabaseChoice.choose(environment, database.url(), DatabaseChoice.Use.TOOL);
        var persistence =
            PostgresPersistence.start(ServerConfig.from(environment, choice.url()).persistence())) {
      var admins =
          new BootstrapAdminsService(
              persistence.unitOfWork(),
              persistence.users(),
              persistence.users(),
              persistence.identity(),
              IdentityPolicy.defaults(),
              new SecureRandomTokenGenerator(),
              new Argon2PasswordHasher(),
              Clock.systemUTC());
      var outcome = admins.createAdmin(name, email, password);
      if (outcome.isLeft()) {
        err.println("dbkeep: " + describe(outcome.getLeft()));
        return 2;
      }
      var user = outcome.get().user();
      if (outcome.get().created()) {
        out.println("Created administrator " + user.email() + " (id " + user.id() + ")");
      } else {
        out.println(
            user.email()
                + " already has an account (id "
                + user.id()
                + "); it is an administrator now. Its password was not changed.");
      }
      return 0;
    }
  }

  private String readPassword() throws IOException {
    var console = System.console();
    if (console != null && input == System.in) {
      var typed = console.readPassword("Password for %s: ", email);
      return typed == null ? null : new String(typed);
    }
    var line = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8)).readLine();
    return line == null ? null : line.strip().isEmpty() ? null : stripLineEnd(line);
  }

  private static String stripLineEnd(String line) {
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }

  private static String describe(IdentityError error) {
    return switch (error.code()) {
      case PASSWORD_TOO_SHORT -> "the password must have at least 8 characters";
      case PASSWORD_TOO_LONG -> "the password must have at most 128 characters";
      case INVALID_EMAIL -> "--email is not a valid email address";
      default -> error.message();
    };
  }
}
