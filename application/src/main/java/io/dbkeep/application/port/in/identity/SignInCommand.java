package io.dbkeep.application.port.in.identity;

import io.dbkeep.domain.identity.ClientInfo;
import java.util.Objects;

/** Sign in as {@code email} with {@code password}. */
public record SignInCommand(String email, String password, boolean rememberMe, ClientInfo client) {

  public SignInCommand {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(client, "client");
  }

  @Override
  public String toString() {
    return "SignInCommand[email=" + email + "]";
  }
}
