package io.dbkeep.adapter.in.web.studio;

import io.javalin.http.Context;

/**
 * Who may use the Studio: asked before every {@code /studio} request, the page, its assets and the
 * API alike. Implementations: an access token ({@code dbkeep studio}) or the signed-in admin (the
 * server's Studio).
 */
public interface StudioAccess {

  /** How the request proved itself. */
  enum Credential {
    /** A credential the browser sends by itself (a cookie): writes must come from our origin. */
    AMBIENT,
    /** A credential the caller added on purpose ({@code Authorization: Bearer}). */
    EXPLICIT
  }

  /**
   * Admits the request, or ends it.
   *
   * @throws io.dbkeep.adapter.in.web.error.ApiException 401 without valid credentials; 404 when the
   *     caller may not know the Studio exists
   */
  Credential admit(Context ctx);

  /**
   * Handles credentials carried by the entry URL ({@code /studio?token=…}): answers true when it
   * already responded (a redirect that stores them in a cookie), false to go on.
   */
  default boolean enter(Context ctx) {
    return false;
  }
}
