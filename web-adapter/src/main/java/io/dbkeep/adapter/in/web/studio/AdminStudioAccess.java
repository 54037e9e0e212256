package io.dbkeep.adapter.in.web.studio;

import io.dbkeep.adapter.in.web.caller.CallerResolver;
import io.dbkeep.adapter.in.web.error.ApiError;
import io.dbkeep.adapter.in.web.error.ApiException;
import io.dbkeep.application.port.in.studio.AuthorizeStudioQuery;
import io.javalin.http.Context;

/**
 * The server's Studio: for signed-in admins only. Anonymous callers get what the caller seam says
 * (401 without guest mode); everyone else — users, the guest, banned users — gets 404, as if there
 * were no Studio.
 */
public final class AdminStudioAccess implements StudioAccess {

  private final CallerResolver callers;
  private final AuthorizeStudioQuery authorize;

  public AdminStudioAccess(CallerResolver callers, AuthorizeStudioQuery authorize) {
    this.callers = callers;
    this.authorize = authorize;
  }

  @Override
  public Credential admit(Context ctx) {
    io.dbkeep.adapter.in.web.caller.Caller caller;
    try {
      caller = callers.resolve(ctx);
    } catch (ApiException e) {
      if (e.error().status() == 401) {
        throw e;
      }
      throw hidden(ctx);
    }
    if (!authorize.mayUseStudio(caller.userId())) {
      throw hidden(ctx);
    }
    var authorization = ctx.header("Authorization");
    return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
        ? Credential.EXPLICIT
        : Credential.AMBIENT;
  }

  private static ApiException hidden(Context ctx) {
    return new ApiException(ApiError.notFound("No route for " + ctx.method() + " " + ctx.path()));
  }
}
