package io.dbkeep.application.port.in.identity;

import io.dbkeep.domain.identity.ClientInfo;
import io.dbkeep.domain.identity.IdentityError;
import io.dbkeep.domain.identity.SecretToken;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.net.URI;
import java.util.List;

/**
 * Sign-in at an OAuth/OIDC provider with the authorization-code flow, state and PKCE. {@link
 * #start} remembers the state for ten minutes; {@link #complete} checks it (once), exchanges the
 * code, then signs in the linked user, links the identity to the user with the same email (only
 * when the provider and the user both have it verified), or registers a new user.
 */
public interface SocialSignInUseCase {

  /** The configured provider ids. */
  List<String> providers();

  /**
   * Begins a sign-in at {@code provider}.
   *
   * @param redirectUri our callback URI the provider sends the browser back to
   */
  Either<IdentityError, Started> start(
      String provider,
      URI redirectUri,
      String callbackUrl,
      Option<String> errorCallbackUrl,
      Option<String> newUserCallbackUrl);

  /** Finishes a sign-in. Failures carry where to send the browser. */
  Either<Failed, Completed> complete(
      String provider, String code, SecretToken state, URI redirectUri, ClientInfo client);

  /** Where to send the browser, and the state to bind to it (e.g. in a cookie). */
  record Started(URI authorizationUri, SecretToken state) {}

  /** A finished sign-in and where to send the browser next. */
  record Completed(SignInUseCase.SignedIn signedIn, String redirectTo) {}

  /** A refused sign-in and where to send the browser (with {@code ?error=}), when known. */
  record Failed(IdentityError error, Option<String> redirectTo) {}
}
