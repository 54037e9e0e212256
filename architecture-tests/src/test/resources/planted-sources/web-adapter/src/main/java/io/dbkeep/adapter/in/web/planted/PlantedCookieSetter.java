package io.dbkeep.adapter.in.web.planted;

/** Planted violation (a resource, never compiled): a cookie written beside the cookie writer. */
class PlantedCookieSetter {
  void signIn(io.javalin.http.Context ctx) {
    ctx.res().addHeader("set-cookie", "session=abc; Path=/");
  }
}
