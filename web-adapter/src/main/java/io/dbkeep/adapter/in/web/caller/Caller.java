package io.dbkeep.adapter.in.web.caller;

import io.dbkeep.domain.user.UserId;
import java.util.Objects;

/** Who is calling: the user a request acts for. */
public record Caller(UserId userId) {

  public Caller {
    Objects.requireNonNull(userId, "userId");
  }
}
