package io.dbkeep.adapter.in.web.auth;

import io.dbkeep.adapter.in.web.WebRoutes;
import io.dbkeep.json.JsonCodec;

/**
 * One concern of {@code /api/auth} (session, password, email, social, admin): what each of those
 * controllers works with, taken once from the shared request helper {@link AuthRequests}.
 */
abstract class AuthConcern implements WebRoutes {

  final AuthRequests http;
  final AuthSettings settings;
  final JsonCodec codec;
  final IdentityUseCases useCases;
  final RequestSessions sessions;
  final SessionCookies cookies;

  AuthConcern(AuthRequests http) {
    this.http = http;
    this.settings = http.settings;
    this.codec = http.codec;
    this.useCases = http.useCases;
    this.sessions = http.sessions;
    this.cookies = http.cookies;
  }
}
