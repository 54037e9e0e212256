package io.dbkeep.adapter.out.oauth;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import com.nimbusds.oauth2.sdk.token.Tokens;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoResponse;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import io.dbkeep.application.port.out.identity.OAuthExchangeException;
import io.dbkeep.application.port.out.identity.OAuthProviderPort;
import io.dbkeep.domain.identity.ProviderTokens;
import io.vavr.control.Option;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.minidev.json.JSONArray;
import net.minidev.json.JSONObject;

/**
 * The configured providers through the Nimbus OAuth 2.0 / OpenID Connect SDK. Every authorization
 * request carries the state and a PKCE S256 challenge; OIDC requests carry a nonce, and the ID
 * token's signature (from the issuer's JWK set), issuer, audience, expiry and nonce are checked.
 * OIDC discovery documents are fetched on first use and kept.
 */
public final class NimbusOAuthProviders implements OAuthProviderPort {

  private final Map<String, OAuthProviderSettings> providers = new LinkedHashMap<>();
  private final Map<String, Oidc> discovered = new ConcurrentHashMap<>();
  private final int timeoutMillis;
  private final Clock clock;

  /** An OIDC issuer's discovered metadata and the validator for its ID tokens. */
  private record Oidc(OIDCProviderMetadata metadata, IDTokenValidator validator) {}

  public NimbusOAuthProviders(List<OAuthProviderSettings> settings, Duration timeout, Clock clock) {
    settings.forEach(
        provider -> {
          if (providers.putIfAbsent(provider.id(), provider) != null) {
            throw new IllegalArgumentException(
                "provider " + provider.id() + " is configured twice");
          }
        });
    this.timeoutMillis = (int) timeout.toMillis();
    this.clock = clock;
  }

  @Override
  public List<String> providerIds() {
    return List.copyOf(providers.keySet());
  }

  @Override
  public URI authorizationUri(String providerId, AuthorizationRequest request) {
    var provider = provider(providerId);
    var clientId = new ClientID(provider.clientId());
    var scope = new Scope(provider.scopes().toArray(String[]::new));
    var state = new State(request.state());
    var verifier = new CodeVerifier(request.codeVerifier());
    if (provider.kind() == OAuthProviderSettings.Kind.OIDC) {
      return new AuthenticationRequest.Builder(
              ResponseType.CODE, scope, clientId, request.redirectUri())
          .endpointURI(oidc(provider).metadata().getAuthorizationEndpointURI())
          .state(state)
          .nonce(new Nonce(request.nonce()))
          .codeChallenge(verifier, CodeChallengeMethod.S256)
          .build()
          .toURI();
    }
    return new com.nimbusds.oauth2.sdk.AuthorizationRequest.Builder(ResponseType.CODE, clientId)
        .endpointURI(provider.location().resolve("/login/oauth/authorize"))
        .redirectionURI(request.redirectUri())
        .scope(scope)
        .state(state)
        .codeChallenge(verifier, CodeChallengeMethod.S256)
        .build()
        .toURI();
  }

  @Override
  public ExternalIdentity exchange(String providerId, String code, AuthorizationRequest request) {
    var provider = provider(providerId);
    try {
      return provider.kind() == OAuthProviderSettings.Kind.OIDC
          ? exchangeOidc(provider, code, request)
          : exchangeGithub(provider, code, request);
    } catch (IOException | ParseException e) {
      throw new OAuthExchangeException(
          providerId + " could not be reached or answered malformed data: " + e.getMessage(), e);
    } catch (com.nimbusds.jose.proc.BadJOSEException | com.nimbusds.jose.JOSEException e) {
      throw new OAuthExchangeException(
          providerId + " sent an invalid ID token: " + e.getMessage(), e);
    }
  }

  private ExternalIdentity exchangeOidc(
      OAuthProviderSettings provider, String code, AuthorizationRequest request)
      throws IOException,
          ParseException,
          com.nimbusds.jose.proc.BadJOSEException,
          com.nimbusds.jose.JOSEException {
    var oidc = oidc(provider);
    var tokenRequest =
        new TokenRequest(
            oidc.metadata().getTokenEndpointURI(),
            new ClientSecretBasic(
                new ClientID(provider.clientId()), new Secret(provider.clientSecret())),
            new AuthorizationCodeGrant(
                new AuthorizationCode(code),
                request.redirectUri(),
                new CodeVerifier(request.codeVerifier())));
    var response = OIDCTokenResponseParser.parse(send(tokenRequest.toHTTPRequest()));
    if (!response.indicatesSuccess()) {
      throw new OAuthExchangeException(
          provider.id() + " refused the code: " + response.toErrorResponse().getErrorObject(),
          null);
    }
    var tokens = (OIDCTokens) response.toSuccessResponse().getTokens();
    if (tokens.getIDToken() == null) {
      throw new OAuthExchangeException(provider.id() + " sent no ID token", null);
    }
    var claims = oidc.validator().validate(tokens.getIDToken(), new Nonce(request.nonce()));
    var email = Option.of(claims.getStringClaim("email"));
    var verified = Boolean.TRUE.equals(claims.getBooleanClaim("email_verified"));
    var name = Option.of(claims.getStringClaim("name"));
    var picture = Option.of(claims.getStringClaim("picture"));
    if (email.isEmpty() && oidc.metadata().getUserInfoEndpointURI() != null) {
      var info =
          UserInfoResponse.parse(
              send(
                  new UserInfoRequest(
                          oidc.metadata().getUserInfoEndpointURI(), tokens.getBearerAccessToken())
                      .toHTTPRequest()));
      if (info.indicatesSuccess()) {
        var userInfo = info.toSuccessResponse().getUserInfo();
        if (claims.getSubject().equals(userInfo.getSubject())) {
          email = Option.of(userInfo.getEmailAddress());
          verified = Boolean.TRUE.equals(userInfo.getEmailVerified());
          name = name.orElse(Option.of(userInfo.getName()));
          picture = picture.orElse(Option.of(userInfo.getPicture()).map(URI::toString));
        }
      }
    }
    return new ExternalIdentity(
        claims.getSubject().getValue(),
        email,
        verified,
        name,
        picture,
        providerTokens(tokens, Option.of(tokens.getIDTokenString())));
  }

  private ExternalIdentity exchangeGithub(
      OAuthProviderSettings provider, String code, AuthorizationRequest request)
      throws IOException, ParseException {
    var tokenRequest =
        new TokenRequest(
            provider.location().resolve("/login/oauth/access_token"),
            new ClientSecretBasic(
                new ClientID(provider.clientId()), new Secret(provider.clientSecret())),
            new AuthorizationCodeGrant(
                new AuthorizationCode(code),
                request.redirectUri(),
                new CodeVerifier(request.codeVerifier())));
    var http = tokenRequest.toHTTPRequest();
    http.setAccept("application/json");
    var response = TokenResponse.parse(send(http));
    if (!response.indicatesSuccess()) {
      throw new OAuthExchangeException(
          "github refused the code: " + response.toErrorResponse().getErrorObject(), null);
    }
    var tokens = response.toSuccessResponse().getTokens();
    var accessToken = tokens.getAccessToken();
    var user = getJson(provider.apiLocation().resolve("/user"), accessToken).toJSONObject();
    var id = user.get("id");
    if (id == null) {
      throw new OAuthExchangeException("github sent a profile without an id", null);
    }
    Option<String> email = Option.none();
    var verified = false;
    var emails = getJson(provider.apiLocation().resolve("/user/emails"), accessToken).toJSONArray();
    if (emails != null) {
      for (var entry : emails) {
        if (entry instanceof JSONObject address
            && Boolean.TRUE.equals(address.get("primary"))
            && address.get("email") instanceof String text) {
          email = Option.of(text);
          verified = Boolean.TRUE.equals(address.get("verified"));
        }
      }
    }
    if (email.isEmpty() && user.get("email") instanceof String text) {
      email = Option.of(text);
    }
    var name =
        Option.of(user.get("name"))
            .filter(String.class::isInstance)
            .map(String.class::cast)
            .orElse(
                Option.of(user.get("login"))
                    .filter(String.class::isInstance)
                    .map(String.class::cast));
    var avatar =
        Option.of(user.get("avatar_url")).filter(String.class::isInstance).map(String.class::cast);
    return new ExternalIdentity(
        id.toString(), email, verified, name, avatar, providerTokens(tokens, Option.none()));
  }

  /** A JSON answer of GitHub's API, object or array. */
  private record Json(Object value) {
    JSONObject toJSONObject() {
      return value instanceof JSONObject object ? object : new JSONObject();
    }

    JSONArray toJSONArray() {
      return value instanceof JSONArray array ? array : null;
    }
  }

  private Json getJson(URI uri, AccessToken token) throws IOException, ParseException {
    var request = new HTTPRequest(HTTPRequest.Method.GET, uri);
    request.setAuthorization(token.toAuthorizationHeader());
    request.setAccept("application/vnd.github+json");
    var response = send(request);
    if (response.getStatusCode() != 200) {
      throw new OAuthExchangeException(
          "github answered " + response.getStatusCode() + " for " + uri.getPath(), null);
    }
    try {
      return new Json(
          new net.minidev.json.parser.JSONParser(net.minidev.json.parser.JSONParser.MODE_RFC4627)
              .parse(response.getBody()));
    } catch (net.minidev.json.parser.ParseException e) {
      throw new ParseException("github sent malformed JSON", e);
    }
  }

  private ProviderTokens providerTokens(Tokens tokens, Option<String> idToken) {
    var access = tokens.getAccessToken();
    var refresh = tokens.getRefreshToken();
    var expiresAt =
        access.getLifetime() > 0
            ? Option.of(clock.instant().plusSeconds(access.getLifetime()))
            : Option.<java.time.Instant>none();
    return new ProviderTokens(
        Option.of(access.getValue()),
        Option.of(refresh).map(token -> token.getValue()),
        idToken,
        expiresAt,
        Option.none(),
        Option.of(access.getScope()).map(Scope::toString));
  }

  private Oidc oidc(OAuthProviderSettings provider) {
    return discovered.computeIfAbsent(provider.id(), id -> discover(provider));
  }

  private Oidc discover(OAuthProviderSettings provider) {
    try {
      var response = send(new HTTPRequest(HTTPRequest.Method.GET, provider.location()));
      if (response.getStatusCode() != 200) {
        throw new OAuthExchangeException(
            provider.id() + " discovery answered " + response.getStatusCode(), null);
      }
      var metadata = OIDCProviderMetadata.parse(response.getBody());
      var algorithms =
          metadata.getIDTokenJWSAlgs() == null || metadata.getIDTokenJWSAlgs().isEmpty()
              ? java.util.Set.of(JWSAlgorithm.RS256)
              : java.util.Set.copyOf(metadata.getIDTokenJWSAlgs());
      var keys =
          com.nimbusds.jose.jwk.source.JWKSourceBuilder
              .<com.nimbusds.jose.proc.SecurityContext>create(metadata.getJWKSetURI().toURL())
              .build();
      var validator =
          new IDTokenValidator(
              metadata.getIssuer(),
              new ClientID(provider.clientId()),
              new com.nimbusds.jose.proc.JWSVerificationKeySelector<>(algorithms, keys),
              null);
      return new Oidc(metadata, validator);
    } catch (IOException | ParseException e) {
      throw new OAuthExchangeException(
          "cannot read the discovery document of " + provider.id() + ": " + e.getMessage(), e);
    }
  }

  private com.nimbusds.oauth2.sdk.http.HTTPResponse send(HTTPRequest request) throws IOException {
    request.setConnectTimeout(timeoutMillis);
    request.setReadTimeout(timeoutMillis);
    return request.send();
  }

  private OAuthProviderSettings provider(String id) {
    var provider = providers.get(id);
    if (provider == null) {
      throw new IllegalArgumentException("no provider " + id);
    }
    return provider;
  }
}
