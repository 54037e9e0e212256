package io.dbkeep.adapter.in.web.caller;

import io.dbkeep.domain.user.UserId;
import io.javalin.http.Context;

/** Every request acts as the built-in guest user (until identity is configured). */
public final class GuestCallerResolver implements CallerResolver {

  private final Caller guest = new Caller(UserId.GUEST);

  @Override
  public Caller resolve(Context ctx) {
    return guest;
  }
}
