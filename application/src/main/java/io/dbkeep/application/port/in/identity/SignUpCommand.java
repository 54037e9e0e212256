package io.dbkeep.application.port.in.identity;

import io.dbkeep.domain.identity.ClientInfo;
import io.dbkeep.domain.identity.LinkTemplate;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Register {@code email} with {@code password}.
 *
 * @param verificationLink where the verification mail points, when one is sent
 */
public record SignUpCommand(
    String name,
    String email,
    String password,
    Option<String> image,
    boolean rememberMe,
    ClientInfo client,
    LinkTemplate verificationLink) {

  public SignUpCommand {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(verificationLink, "verificationLink");
  }

  @Override
  public String toString() {
    return "SignUpCommand[email=" + email + "]";
  }
}
