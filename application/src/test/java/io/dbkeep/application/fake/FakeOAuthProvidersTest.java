package io.dbkeep.application.fake;

import io.dbkeep.application.contract.OAuthProviderPortContract;
import io.dbkeep.application.port.out.identity.OAuthProviderPort;
import java.net.URI;

/** The fake providers keep the promises the Nimbus adapter keeps. */
class FakeOAuthProvidersTest extends OAuthProviderPortContract {

  private final FakeOAuthProviders providers = new FakeOAuthProviders("acme", "github");

  @Override
  protected OAuthProviderPort providers() {
    return providers;
  }

  @Override
  protected String providerId() {
    return "acme";
  }

  @Override
  protected String approve(URI authorizationUri, String subject, String email) {
    return providers.approve(authorizationUri, subject, email);
  }
}
