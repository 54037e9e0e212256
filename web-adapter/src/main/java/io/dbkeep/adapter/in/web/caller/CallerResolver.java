package io.dbkeep.adapter.in.web.caller;

import io.javalin.http.Context;

/**
 * The single seam that decides who a request acts for. Every route that acts for a user asks it;
 * swapping the implementation (guest only, sessions, tokens…) changes authentication everywhere.
 */
@FunctionalInterface
public interface CallerResolver {

  /**
   * The caller of {@code ctx}.
   *
   * @throws io.dbkeep.adapter.in.web.error.ApiException 401 when the request is not authenticated
   *     and anonymous use is not allowed, 403 when the caller may not use the API
   */
  Caller resolve(Context ctx);
}
