package io.dbkeep.application.service.identity;

import io.dbkeep.application.port.in.identity.SignInUseCase.SignedIn;
import io.dbkeep.application.port.in.identity.SocialSignInUseCase;
import io.dbkeep.application.port.out.identity.AuthEvents;
import io.dbkeep.application.port.out.identity.DeleteSessionPort;
import io.dbkeep.application.port.out.identity.LoadAccountPort;
import io.dbkeep.application.port.out.identity.OAuthExchangeException;
import io.dbkeep.application.port.out.identity.OAuthProviderPort;
import io.dbkeep.application.port.out.identity.OAuthProviderPort.AuthorizationRequest;
import io.dbkeep.application.port.out.identity.OAuthProviderPort.ExternalIdentity;
import io.dbkeep.application.port.out.identity.SaveAccountPort;
import io.dbkeep.application.port.out.identity.SaveSessionPort;
import io.dbkeep.application.port.out.identity.TokenGenerator;
import io.dbkeep.application.port.out.identity.VerificationPort;
import io.dbkeep.application.port.out.transaction.UnitOfWork;
import io.dbkeep.application.port.out.user.LoadUserPort;
import io.dbkeep.application.port.out.user.SaveUserPort;
import io.dbkeep.domain.identity.Account;
import io.dbkeep.domain.identity.ClientInfo;
import io.dbkeep.domain.identity.IdentityError;
import io.dbkeep.domain.identity.IdentityError.Code;
import io.dbkeep.domain.identity.IdentityPolicy;
import io.dbkeep.domain.identity.SecretToken;
import io.dbkeep.domain.identity.VerificationPurpose;
import io.dbkeep.domain.user.Email;
import io.dbkeep.domain.user.User;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public final class SocialSignInService implements SocialSignInUseCase {

  private static final System.Logger LOG = System.getLogger(SocialSignInService.class.getName());
  private static final VerificationPurpose PURPOSE = VerificationPurpose.OAUTH_STATE;

  private final IdentityContext context;
  private final UnitOfWork unitOfWork;
  private final LoadUserPort loadUser;
  private final SaveUserPort saveUser;
  private final SaveSessionPort saveSession;
  private final DeleteSessionPort deleteSession;
  private final LoadAccountPort loadAccount;
  private final SaveAccountPort saveAccount;
  private final VerificationPort verifications;
  private final OAuthProviderPort providers;
  private final AuthEvents events;

  public SocialSignInService(
      UnitOfWork unitOfWork,
      LoadUserPort loadUser,
      SaveUserPort saveUser,
      SaveSessionPort saveSession,
      DeleteSessionPort deleteSession,
      LoadAccountPort loadAccount,
      SaveAccountPort saveAccount,
      VerificationPort verifications,
      IdentityPolicy policy,
      TokenGenerator tokens,
      OAuthProviderPort providers,
      AuthEvents events,
      Clock clock) {
    this.context = new IdentityContext(policy, tokens, clock);
    this.unitOfWork = unitOfWork;
    this.loadUser = loadUser;
    this.saveUser = saveUser;
    this.saveSession = saveSession;
    this.deleteSession = deleteSession;
    this.loadAccount = loadAccount;
    this.saveAccount = saveAccount;
    this.verifications = verifications;
    this.providers = providers;
    this.events = events;
  }

  @Override
  public List<String> providers() {
    return providers.providerIds();
  }

  @Override
  public Either<IdentityError, Started> start(
      String provider,
      URI redirectUri,
      String callbackUrl,
      Option<String> errorCallbackUrl,
      Option<String> newUserCallbackUrl) {
    if (!providers.providerIds().contains(provider)) {
      return Either.left(IdentityError.of(Code.PROVIDER_NOT_FOUND));
    }
    var verifier = context.tokens.newToken().value();
    var nonce = context.tokens.newToken().value();
    var state = new LinkedHashMap<String, String>();
    state.put("provider", provider);
    state.put("callback", callbackUrl);
    errorCallbackUrl.forEach(url -> state.put("error", url));
    newUserCallbackUrl.forEach(url -> state.put("newUser", url));
    state.put("verifier", verifier);
    state.put("nonce", nonce);
    var token =
        unitOfWork
            .<RuntimeException, SecretToken>inTransaction(
                () -> Either.right(context.issueToken(verifications, PURPOSE, encode(state))))
            .get();
    var uri =
        providers.authorizationUri(
            provider, new AuthorizationRequest(token.value(), verifier, nonce, redirectUri));
    return Either.right(new Started(uri, token));
  }

  @Override
  public Either<Failed, Completed> complete(
      String provider, String code, SecretToken state, URI redirectUri, ClientInfo client) {
    var remembered =
        unitOfWork
            .<RuntimeException, Option<String>>inTransaction(
                () -> Either.right(context.takeToken(verifications, PURPOSE, state)))
            .get()
            .map(SocialSignInService::decode);
    if (remembered.isEmpty() || !provider.equals(remembered.get().get("provider"))) {
      return fail(provider, IdentityError.of(Code.STATE_MISMATCH), Option.none());
    }
    var saved = remembered.get();
    var errorUrl = Option.of(saved.getOrDefault("error", saved.get("callback")));
    if (code.isBlank()) {
      return fail(provider, IdentityError.of(Code.OAUTH_CODE_INVALID), errorUrl);
    }
    ExternalIdentity identity;
    try {
      identity =
          providers.exchange(
              provider,
              code,
              new AuthorizationRequest(
                  state.value(), saved.get("verifier"), saved.get("nonce"), redirectUri));
    } catch (OAuthExchangeException e) {
      LOG.log(Level.WARNING, "Sign-in at " + provider + " failed: " + e.getMessage());
      return fail(provider, IdentityError.of(Code.OAUTH_CODE_INVALID), errorUrl);
    }
    var email = identity.email().flatMap(Email::parse);
    if (email.isEmpty()) {
      return fail(provider, IdentityError.of(Code.EMAIL_NOT_FOUND), errorUrl);
    }
    Either<IdentityError, Completed> outcome =
        unitOfWork.inTransaction(() -> signIn(provider, identity, email.get(), saved, client));
    if (outcome.isLeft()) {
      return fail(provider, outcome.getLeft(), errorUrl);
    }
    events.signInSucceeded(provider);
    return Either.right(outcome.get());
  }

  private Either<IdentityError, Completed> signIn(
      String provider,
      ExternalIdentity identity,
      Email email,
      Map<String, String> saved,
      ClientInfo client) {
    var now = context.now();
    var linked = loadAccount.load(provider, identity.subject());
    User user;
    var created = false;
    if (linked.isDefined()) {
      var owner = loadUser.load(linked.get().userId());
      if (owner.isEmpty()) {
        return Either.left(IdentityError.of(Code.USER_NOT_FOUND));
      }
      user = owner.get();
      saveAccount.update(linked.get().withTokens(identity.tokens(), now));
    } else {
      var existing = loadUser.loadByEmail(email);
      if (existing.isDefined()) {
        if (!identity.emailVerified()
            || !existing.get().emailVerified()
            || existing.get().id().equals(UserId.GUEST)) {
          return Either.left(IdentityError.of(Code.ACCOUNT_NOT_LINKED));
        }
        user = existing.get();
      } else {
        if (!context.policy.registrationEnabled()) {
          return Either.left(IdentityError.of(Code.SIGNUP_DISABLED));
        }
        var name =
            identity
                .name()
                .map(String::strip)
                .filter(User::isValidName)
                .getOrElse(() -> email.value().substring(0, email.value().indexOf('@')));
        user =
            context.newUser(
                name,
                email,
                identity.emailVerified(),
                identity.image().filter(url -> url.length() <= User.MAX_IMAGE_LENGTH));
        if (!saveUser.insertIfEmailFree(user)) {
          return Either.left(IdentityError.of(Code.ACCOUNT_NOT_LINKED));
        }
        created = true;
      }
      saveAccount.insert(
          Account.external(
              context.tokens.newId(),
              provider,
              identity.subject(),
              user.id(),
              identity.tokens(),
              now));
    }
    user = context.withExpiredBanLifted(saveUser, user);
    if (user.isBannedAt(now)) {
      return Either.left(IdentityError.of(Code.BANNED_USER));
    }
    var session = context.startSession(saveSession, deleteSession, user.id(), true, client);
    var redirect =
        created && saved.containsKey("newUser") ? saved.get("newUser") : saved.get("callback");
    return Either.right(new Completed(new SignedIn(user, session), redirect));
  }

  private Either<Failed, Completed> fail(
      String provider, IdentityError error, Option<String> redirectTo) {
    events.signInFailed(provider, error.code().name());
    return Either.left(new Failed(error, redirectTo));
  }

  private static String encode(Map<String, String> values) {
    var text = new StringBuilder();
    values.forEach(
        (key, value) -> {
          if (text.length() > 0) {
            text.append('&');
          }
          text.append(key).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
    return text.toString();
  }

  private static Map<String, String> decode(String text) {
    var values = new LinkedHashMap<String, String>();
    for (var pair : text.split("&")) {
      var equals = pair.indexOf('=');
      if (equals > 0) {
        values.put(
            pair.substring(0, equals),
            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
      }
    }
    return values;
  }
}
