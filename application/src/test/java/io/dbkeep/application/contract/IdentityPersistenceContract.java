package io.dbkeep.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dbkeep.application.failure.ConcurrentUpdateException;
import io.dbkeep.application.port.out.identity.DeleteSessionPort;
import io.dbkeep.application.port.out.identity.LoadAccountPort;
import io.dbkeep.application.port.out.identity.LoadSessionPort;
import io.dbkeep.application.port.out.identity.SaveAccountPort;
import io.dbkeep.application.port.out.identity.SaveSessionPort;
import io.dbkeep.application.port.out.identity.VerificationPort;
import io.dbkeep.application.port.out.transaction.UnitOfWork;
import io.dbkeep.application.port.out.user.LoadUserPort;
import io.dbkeep.application.port.out.user.SaveUserPort;
import io.dbkeep.domain.identity.Account;
import io.dbkeep.domain.identity.PasswordHash;
import io.dbkeep.domain.identity.ProviderTokens;
import io.dbkeep.domain.identity.Session;
import io.dbkeep.domain.identity.SessionPolicy;
import io.dbkeep.domain.identity.TokenHash;
import io.dbkeep.domain.identity.Verification;
import io.dbkeep.domain.user.Email;
import io.dbkeep.domain.user.Role;
import io.dbkeep.domain.user.User;
import io.dbkeep.domain.user.UserId;
import io.dbkeep.domain.user.UserQuery;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of the stored-data identity ports promises: {@link LoadUserPort},
 * {@link SaveUserPort}, {@link LoadSessionPort}, {@link SaveSessionPort}, {@link
 * DeleteSessionPort}, {@link LoadAccountPort}, {@link SaveAccountPort} and {@link
 * VerificationPort}, each inside its {@link UnitOfWork}. One contract for the eight because they
 * share one store: deleting a user takes its sessions and accounts with it. Run against the
 * in-memory fake and the JPA adapter on real PostgreSQL.
 */
public abstract class IdentityPersistenceContract {

  /**
   * The ports under test, over one store. A test fixture only: services take the narrow ports they
   * use, never a bundle.
   */
  public record Ports(
      UnitOfWork unitOfWork,
      LoadUserPort loadUser,
      SaveUserPort saveUser,
      LoadSessionPort loadSession,
      SaveSessionPort saveSession,
      DeleteSessionPort deleteSession,
      LoadAccountPort loadAccount,
      SaveAccountPort saveAccount,
      VerificationPort verifications) {}

  /** Fresh ports over an empty store. */
  protected abstract Ports freshStore();

  private Ports store;
  private final Instant t0 = Instant.parse("2026-03-01T08:00:00.123456Z");

  @BeforeEach
  void setUpStore() {
    store = freshStore();
  }

  @Test
  void aUserRoundTripsWithEveryOptionalField() {
    var user =
        user("Ada", "ada@example.com")
            .withImage(Option.of("https://img.example/ada.png"), t0)
            .withRole(Role.ADMIN, t0)
            .ban("spam", Option.of(t0.plusSeconds(3600)), t0.plusSeconds(1))
            .verifyEmail(t0.plusSeconds(2));

    assertThat(tx(() -> store.saveUser().insertIfEmailFree(user))).isTrue();

    assertThat(tx(() -> store.loadUser().load(user.id()))).contains(user);
    assertThat(tx(() -> store.loadUser().loadByEmail(user.email()))).contains(user);
  }

  @Test
  void aSecondUserWithTheSameEmailIsNotStored() {
    var first = user("Ada", "ada@example.com");
    tx(() -> store.saveUser().insertIfEmailFree(first));

    assertThat(tx(() -> store.saveUser().insertIfEmailFree(user("Other", "ada@example.com"))))
        .isFalse();
    assertThat(tx(() -> store.loadUser().list(query(Option.none())).total())).isEqualTo(1);
  }

  @Test
  void insertIfAbsentStoresOnceAndLeavesAnExistingUserAlone() {
    var first = user("Guest", "guest@example.com");
    var sameId =
        User.register(first.id(), "Other", new Email("other@example.com"), true, Option.none(), t0);

    assertThat(tx(() -> store.saveUser().insertIfAbsent(first))).isTrue();
    assertThat(tx(() -> store.saveUser().insertIfAbsent(sameId))).isFalse();

    assertThat(tx(() -> store.loadUser().load(first.id()))).contains(first);
    assertThat(tx(() -> store.loadUser().loadByEmail(new Email("other@example.com")))).isEmpty();
  }

  @Test
  void updateReplacesTheUserAndDeleteRemovesItWithItsSessionsAndAccounts() {
    var ada = stored(user("Ada", "ada@example.com"));
    var session = session(ada, "tok-1", t0);
    tx(
        () -> {
          store.saveSession().insert(session);
          store.saveAccount().insert(Account.credential("acc-1", ada.id(), hash(), t0));
          return null;
        });
    var renamed = ada.rename("Ada L.", t0.plusSeconds(9));
    tx(
        () -> {
          store.saveUser().update(renamed);
          return null;
        });
    assertThat(tx(() -> store.loadUser().load(ada.id()))).contains(renamed);

    assertThat(tx(() -> store.saveUser().delete(ada.id()))).isTrue();
    assertThat(tx(() -> store.saveUser().delete(ada.id()))).isFalse();
    assertThat(tx(() -> store.loadSession().loadByTokenHash(session.tokenHash()))).isEmpty();
    assertThat(tx(() -> store.loadAccount().accountsOf(ada.id()))).isEmpty();
  }

  @Test
  void updatingAVanishedUserIsRefused() {
    var ghost = user("Ghost", "ghost@example.com");

    assertThatThrownBy(
            () ->
                tx(
                    () -> {
                      store.saveUser().update(ghost);
                      return null;
                    }))
        .isInstanceOf(ConcurrentUpdateException.class);
  }

  @Test
  void listingSearchesSortsAndPages() {
    stored(user("Zoe", "zoe@example.com"));
    stored(user("Adam", "adam@corp.test"));
    stored(user("Mia", "mia@corp.test"));

    var corp =
        tx(
            () ->
                store
                    .loadUser()
                    .list(
                        new UserQuery(
                            Option.of("CORP"),
                            UserQuery.Field.EMAIL,
                            UserQuery.Operator.CONTAINS,
                            UserQuery.Field.NAME,
                            true,
                            1,
                            0)));
    assertThat(corp.total()).isEqualTo(2);
    assertThat(corp.users()).extracting(User::name).containsExactly("Mia");

    var startsWithA =
        tx(
            () ->
                store
                    .loadUser()
                    .list(
                        new UserQuery(
                            Option.of("a"),
                            UserQuery.Field.NAME,
                            UserQuery.Operator.STARTS_WITH,
                            UserQuery.Field.EMAIL,
                            false,
                            10,
                            0)));
    assertThat(startsWithA.users()).extracting(User::name).containsExactly("Adam");

    var page2 = tx(() -> store.loadUser().list(pageOf(2, 1)));
    assertThat(page2.total()).isEqualTo(3);
    assertThat(page2.users()).extracting(User::name).containsExactly("Mia", "Zoe");
  }

  @Test
  void sessionsAreFoundByTokenHashRenewedAndDeleted() {
    var ada = stored(user("Ada", "ada@example.com"));
    var first = session(ada, "tok-1", t0);
    var second = session(ada, "tok-2", t0.plusSeconds(60));
    tx(
        () -> {
          store.saveSession().insert(first);
          store.saveSession().insert(second);
          return null;
        });

    assertThat(tx(() -> store.loadSession().loadByTokenHash(TokenHash.of("tok-1"))))
        .contains(first);
    assertThat(tx(() -> store.loadSession().sessionsOf(ada.id()))).containsExactly(second, first);

    var renewed = first.renewedAt(t0.plus(Duration.ofDays(2)), SessionPolicy.DEFAULT);
    assertThat(tx(() -> store.saveSession().update(renewed))).isTrue();
    assertThat(tx(() -> store.loadSession().loadByTokenHash(first.tokenHash()))).contains(renewed);

    assertThat(tx(() -> store.deleteSession().deleteAllOfExcept(ada.id(), second.id())))
        .isEqualTo(1);
    assertThat(tx(() -> store.loadSession().sessionsOf(ada.id()))).containsExactly(second);
    assertThat(tx(() -> store.saveSession().update(renewed))).isFalse();
    assertThat(tx(() -> store.deleteSession().delete(second.id()))).isTrue();
    assertThat(tx(() -> store.deleteSession().delete(second.id()))).isFalse();
  }

  @Test
  void expiredSessionsAreDeletedInBulk() {
    var ada = stored(user("Ada", "ada@example.com"));
    var bob = stored(user("Bob", "bob@example.com"));
    tx(
        () -> {
          store.saveSession().insert(session(ada, "a-old", t0.minus(Duration.ofDays(8))));
          store.saveSession().insert(session(ada, "a-new", t0));
          store.saveSession().insert(session(bob, "b-old", t0.minus(Duration.ofDays(8))));
          return null;
        });

    assertThat(tx(() -> store.deleteSession().deleteExpiredOf(ada.id(), t0))).isEqualTo(1);
    assertThat(tx(() -> store.deleteSession().deleteExpired(t0))).isEqualTo(1);
    assertThat(tx(() -> store.loadSession().sessionsOf(ada.id()))).hasSize(1);
    assertThat(tx(() -> store.loadSession().sessionsOf(bob.id()))).isEmpty();
    assertThat(tx(() -> store.deleteSession().deleteAllOf(ada.id()))).isEqualTo(1);
  }

  @Test
  void accountsRoundTripAndAreUniquePerProviderAndSubject() {
    var ada = stored(user("Ada", "ada@example.com"));
    var tokens =
        new ProviderTokens(
            Option.of("access"),
            Option.of("refresh"),
            Option.of("id.token"),
            Option.of(t0.plusSeconds(3600)),
            Option.none(),
            Option.of("openid email"));
    var github = Account.external("acc-gh", "github", "12345", ada.id(), tokens, t0);
    var credential = Account.credential("acc-pw", ada.id(), hash(), t0);
    tx(
        () -> {
          store.saveAccount().insert(github);
          store.saveAccount().insert(credential);
          return null;
        });

    assertThat(tx(() -> store.loadAccount().load("github", "12345"))).contains(github);
    assertThat(tx(() -> store.loadAccount().accountsOf(ada.id())))
        .containsExactlyInAnyOrder(github, credential);

    var rehashed = credential.withPassword(new PasswordHash("$argon2id$new"), t0.plusSeconds(5));
    tx(
        () -> {
          store.saveAccount().update(rehashed);
          return null;
        });
    assertThat(tx(() -> store.loadAccount().load("credential", ada.id().value())))
        .contains(rehashed);

    assertThatThrownBy(
            () ->
                tx(
                    () -> {
                      store
                          .saveAccount()
                          .insert(
                              Account.external("acc-2", "github", "12345", ada.id(), tokens, t0));
                      return null;
                    }))
        .isInstanceOf(ConcurrentUpdateException.class);
  }

  @Test
  void aVerificationIsTakenOnce() {
    var verification =
        new Verification("v-1", "reset-password:abc", "user-1", t0.plusSeconds(3600), t0, t0);
    tx(
        () -> {
          store.verifications().insert(verification);
          return null;
        });

    assertThat(tx(() -> store.verifications().peek("reset-password:abc"))).contains(verification);
    assertThat(tx(() -> store.verifications().take("reset-password:abc"))).contains(verification);
    assertThat(tx(() -> store.verifications().take("reset-password:abc"))).isEmpty();
  }

  @Test
  void expiredVerificationsAreDeletedInBulk() {
    tx(
        () -> {
          store.verifications().insert(new Verification("v-1", "a", "x", t0, t0, t0));
          store
              .verifications()
              .insert(new Verification("v-2", "b", "y", t0.plusSeconds(1), t0, t0));
          return null;
        });

    assertThat(tx(() -> store.verifications().deleteExpiredVerifications(t0))).isEqualTo(1);
    assertThat(tx(() -> store.verifications().peek("b"))).isNotEmpty();
  }

  @Test
  void aRolledBackTransactionLeavesNoSession() {
    var ada = stored(user("Ada", "ada@example.com"));
    var session = session(ada, "tok", t0);

    store
        .unitOfWork()
        .inTransaction(
            () -> {
              store.saveSession().insert(session);
              return Either.left("refused");
            });

    assertThat(tx(() -> store.loadSession().loadByTokenHash(session.tokenHash()))).isEmpty();
  }

  private User stored(User user) {
    tx(() -> store.saveUser().insertIfEmailFree(user));
    return user;
  }

  private User user(String name, String email) {
    return User.register(
        new UserId(UUID.randomUUID().toString()), name, new Email(email), false, Option.none(), t0);
  }

  private Session session(User user, String token, Instant at) {
    return Session.start(
        UUID.randomUUID().toString(),
        TokenHash.of(token),
        user.id(),
        true,
        SessionPolicy.DEFAULT,
        at,
        Option.of("127.0.0.1"),
        Option.of("JUnit"));
  }

  private static PasswordHash hash() {
    return new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA");
  }

  private static UserQuery query(Option<String> search) {
    return new UserQuery(
        search,
        UserQuery.Field.EMAIL,
        UserQuery.Operator.CONTAINS,
        UserQuery.Field.CREATED_AT,
        false,
        100,
        0);
  }

  private static UserQuery pageOf(int limit, int offset) {
    return new UserQuery(
        Option.none(),
        UserQuery.Field.EMAIL,
        UserQuery.Operator.CONTAINS,
        UserQuery.Field.NAME,
        false,
        limit,
        offset);
  }

  private <T> T tx(Supplier<T> work) {
    return store
        .unitOfWork()
        .<RuntimeException, T>inTransaction(() -> Either.right(work.get()))
        .get();
  }
}
