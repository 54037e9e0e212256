package io.dbkeep.domain.identity;

import io.vavr.control.Option;
import java.util.Objects;

/** Where a request came from, as recorded on the sessions it starts. */
public record ClientInfo(Option<String> ipAddress, Option<String> userAgent) {

  public ClientInfo {
    Objects.requireNonNull(ipAddress, "ipAddress");
    Objects.requireNonNull(userAgent, "userAgent");
  }

  public static ClientInfo unknown() {
    return new ClientInfo(Option.none(), Option.none());
  }
}
