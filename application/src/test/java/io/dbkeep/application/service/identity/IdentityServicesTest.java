package io.dbkeep.application.service.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.application.fake.FakeOAuthProviders;
import io.dbkeep.application.fake.FakePasswordHasher;
import io.dbkeep.application.fake.InMemoryDatabase;
import io.dbkeep.application.fake.InMemoryIdentityPersistence;
import io.dbkeep.application.fake.InMemoryMailOutbox;
import io.dbkeep.application.fake.InMemoryUserPersistence;
import io.dbkeep.application.fake.MutableClock;
import io.dbkeep.application.fake.RandomTokenGenerator;
import io.dbkeep.application.fake.RecordingMailSender;
import io.dbkeep.application.port.in.identity.AdministerUsersUseCase;
import io.dbkeep.application.port.in.identity.AuthenticateSessionQuery;
import io.dbkeep.application.port.in.identity.SignInCommand;
import io.dbkeep.application.port.in.identity.SignInUseCase;
import io.dbkeep.application.port.in.identity.SignUpCommand;
import io.dbkeep.application.port.in.identity.SignUpUseCase;
import io.dbkeep.application.port.in.identity.SignUpUseCase.StartedSession;
import io.dbkeep.application.port.out.identity.AuthEvents;
import io.dbkeep.application.port.out.identity.MailSender;
import io.dbkeep.application.wiring.IdentityServices;
import io.dbkeep.domain.identity.Account;
import io.dbkeep.domain.identity.ClientInfo;
import io.dbkeep.domain.identity.IdentityError.Code;
import io.dbkeep.domain.identity.IdentityPolicy;
import io.dbkeep.domain.identity.LinkTemplate;
import io.dbkeep.domain.identity.SecretToken;
import io.dbkeep.domain.identity.SessionPolicy;
import io.dbkeep.domain.user.Email;
import io.dbkeep.domain.user.Role;
import io.dbkeep.domain.user.User;
import io.dbkeep.domain.user.UserId;
import io.dbkeep.domain.user.UserQuery;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The identity services against in-memory ports and a clock moved by hand. */
class IdentityServicesTest {

  private static final LinkTemplate LINK = new LinkTemplate("https://app.test/t/", "?x=1");

  private final InMemoryDatabase database = new InMemoryDatabase();
  private final InMemoryUserPersistence users = new InMemoryUserPersistence(database);
  private final InMemoryIdentityPersistence identity = new InMemoryIdentityPersistence(database);
  private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T10:00:00Z"));
  private final RandomTokenGenerator tokens = new RandomTokenGenerator();
  private final FakePasswordHasher hasher = new FakePasswordHasher();
  private final RecordingMailSender mail = new RecordingMailSender();
  private final InMemoryMailOutbox outbox = new InMemoryMailOutbox(database);
  private final List<String> events = new ArrayList<>();
  private final AuthEvents recorder =
      new AuthEvents() {
        @Override
        public void signInSucceeded(String method) {
          events.add("ok:" + method);
        }

        @Override
        public void signInFailed(String method, String reason) {
          events.add("failed:" + method + ":" + reason);
        }
      };
  private IdentityPolicy policy = IdentityPolicy.defaults();

  /** The services as the composition root builds them, over the fakes and the current policy. */
  private IdentityServices services() {
    return new IdentityServices(
        database,
        users,
        identity,
        outbox,
        policy,
        tokens,
        hasher,
        FakeOAuthProviders.none(),
        recorder,
        clock);
  }

  private SignUpUseCase signUp() {
    return services().signUp();
  }

  private SignInUseCase signIn() {
    return services().signIn();
  }

  private AuthenticateSessionQuery sessions() {
    return services().authenticate();
  }

  private AdministerUsersUseCase admin() {
    return services().administration();
  }

  @Test
  void signUpStartsASessionThatAuthenticates() {
    var signedUp = signUp().signUp(command("Ada", "Ada@Example.com", "correct horse")).get();

    assertThat(signedUp.user().email().value()).isEqualTo("ada@example.com");
    var token = signedUp.session().get().token();
    var active = sessions().authenticate(token).get();
    assertThat(active).isNotEmpty();
    assertThat(active.get().user().id()).isEqualTo(signedUp.user().id());
    assertThat(events).containsExactly("ok:sign-up");
  }

  @Test
  void signUpRefusesTakenEmailsBadInputAndDisabledRegistration() {
    signUp().signUp(command("Ada", "ada@example.com", "correct horse"));

    assertThat(signUp().signUp(command("Ada2", "ADA@example.com", "another one")).getLeft().code())
        .isEqualTo(Code.USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL);
    assertThat(signUp().signUp(command("Bo", "not-an-email", "correct horse")).getLeft().code())
        .isEqualTo(Code.INVALID_EMAIL);
    assertThat(signUp().signUp(command("Bo", "bo@example.com", "short")).getLeft().code())
        .isEqualTo(Code.PASSWORD_TOO_SHORT);
    assertThat(signUp().signUp(command("Bo", "bo@example.com", "x".repeat(129))).getLeft().code())
        .isEqualTo(Code.PASSWORD_TOO_LONG);
    assertThat(signUp().signUp(command(" ", "bo@example.com", "correct horse")).getLeft().code())
        .isEqualTo(Code.VALIDATION_ERROR);
    policy = new IdentityPolicy(false, false, Set.of(), SessionPolicy.DEFAULT);
    assertThat(signUp().signUp(command("Bo", "bo@example.com", "correct horse")).getLeft().code())
        .isEqualTo(Code.REGISTRATION_DISABLED);
  }

  @Test
  void anUnknownEmailAndAWrongPasswordGetTheSameRefusal() {
    signUp().signUp(command("Ada", "ada@example.com", "correct horse"));

    var unknown = signIn().signIn(signInCommand("nobody@example.com", "correct horse"));
    var wrong = signIn().signIn(signInCommand("ada@example.com", "wrong horse"));

    assertThat(unknown.getLeft()).isEqualTo(wrong.getLeft());
    assertThat(wrong.getLeft().code()).isEqualTo(Code.INVALID_EMAIL_OR_PASSWORD);
    assertThat(events)
        .contains(
            "failed:password:INVALID_EMAIL_OR_PASSWORD",
            "failed:password:INVALID_EMAIL_OR_PASSWORD");
  }

  @Test
  void buildingTheServicesHashesNothingAndTheFirstSignInMakesTheDecoyOnEitherPath() {
    signUp().signUp(command("Ada", "ada@example.com", "correct horse"));
    for (var email : List.of("nobody@example.com", "ada@example.com")) {
      var hashes = new int[1];
      var checks = new int[1];
      var counting =
          new io.dbkeep.application.port.out.identity.PasswordHasher() {
            @Override
            public io.dbkeep.domain.identity.PasswordHash hash(
                io.dbkeep.domain.identity.Password password) {
              hashes[0]++;
              return hasher.hash(password);
            }

            @Override
            public Check verify(
                io.dbkeep.domain.identity.Password password,
                io.dbkeep.domain.identity.PasswordHash hash) {
              checks[0]++;
              return hasher.verify(password, hash);
            }
          };
      var services =
          new IdentityServices(
              database,
              users,
              identity,
              outbox,
              policy,
              tokens,
              counting,
              FakeOAuthProviders.none(),
              recorder,
              clock);
      assertThat(hashes[0]).as("hashes while the services are built").isZero();

      var first = services.signIn().signIn(signInCommand(email, "wrong horse"));
      var second = services.signIn().signIn(signInCommand(email, "wrong horse"));

      assertThat(first.getLeft().code()).isEqualTo(Code.INVALID_EMAIL_OR_PASSWORD);
      assertThat(second.getLeft().code()).isEqualTo(Code.INVALID_EMAIL_OR_PASSWORD);
      assertThat(hashes[0]).as("the decoy, made once, for " + email).isEqualTo(1);
      assertThat(checks[0]).as("one check per attempt for " + email).isEqualTo(2);
    }
  }

  @Test
  void aPasswordInTheOldFormatSignsInAndIsRehashed() {
    var user =
        User.register(
            new UserId("u1"),
            "Old",
            new Email("old@example.com"),
            true,
            Option.none(),
            clock.instant());
    tx(
        () -> {
          users.insertIfEmailFree(user);
          identity.insert(
              Account.credential(
                  "a1", user.id(), FakePasswordHasher.legacy("old password"), clock.instant()));
          return null;
        });

    assertThat(signIn().signIn(signInCommand("old@example.com", "old password")).isRight())
        .isTrue();

    var stored = tx(() -> identity.accountsOf(user.id()).get(0));
    assertThat(stored.password().get().value()).startsWith("fake:");
    assertThat(signIn().signIn(signInCommand("old@example.com", "old password")).isRight())
        .isTrue();
  }

  @Test
  void sessionsSlideAfterADayAndExpireAfterSevenUnused() {
    var token =
        signUp()
            .signUp(command("Ada", "ada@example.com", "correct horse"))
            .get()
            .session()
            .get()
            .token();
    var created = clock.instant();

    clock.advance(Duration.ofHours(23));
    assertThat(sessions().authenticate(token).get().get().renewed()).isFalse();

    clock.advance(Duration.ofHours(2));
    var renewed = sessions().authenticate(token).get().get();
    assertThat(renewed.renewed()).isTrue();
    assertThat(renewed.session().expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(7)));
    assertThat(renewed.session().expiresAt()).isAfter(created.plus(Duration.ofDays(7)));

    clock.advance(Duration.ofDays(7));
    assertThat(sessions().authenticate(token).get()).isEmpty();
    assertThat(tx(() -> identity.loadByTokenHash(token.hash()))).isEmpty();
  }

  @Test
  void aSessionWithoutRememberMeLastsADayAndIsNotRenewed() {
    signUp().signUp(command("Ada", "ada@example.com", "correct horse"));
    var token =
        signIn()
            .signIn(
                new SignInCommand("ada@example.com", "correct horse", false, ClientInfo.unknown()))
            .get()
            .session()
            .token();

    clock.advance(Duration.ofHours(23));
    assertThat(sessions().authenticate(token).get().get().renewed()).isFalse();
    clock.advance(Duration.ofHours(1));
    assertThat(sessions().authenticate(token).get()).isEmpty();
  }

  @Test
  void aBanRevokesSessionsRefusesSignInAndLiftsItselfWhenExpired() {
    var admin = adminUser();
    var ada = signUp().signUp(command("Ada", "ada@example.com", "correct horse")).get();

    var banned =
        admin().banUser(admin, ada.user().id(), Option.of("spam"), Option.of(Duration.ofHours(1)));
    assertThat(banned.get().banReason()).contains("spam");
    assertThat(sessions().authenticate(ada.session().get().token()).get()).isEmpty();
    assertThat(signIn().signIn(signInCommand("ada@example.com", "correct horse")).getLeft().code())
        .isEqualTo(Code.BANNED_USER);

    clock.advance(Duration.ofHours(1));
    var later = signIn().signIn(signInCommand("ada@example.com", "correct horse"));
    assertThat(later.isRight()).isTrue();
    assertThat(later.get().user().banned()).isFalse();
  }

  @Test
  void aStillValidSessionOfABannedUserIsRefused() {
    var ada = signUp().signUp(command("Ada", "ada@example.com", "correct horse")).get();
    tx(
        () -> {
          users.update(ada.user().ban("x", Option.none(), clock.instant()));
          return null;
        });

    assertThat(sessions().authenticate(ada.session().get().token()).getLeft().code())
        .isEqualTo(Code.BANNED_USER);
  }

  @Test
  void onlyAdministratorsAdministerAndNotThemselves() {
    var admin = adminUser();
    var ada = signUp().signUp(command("Ada", "ada@example.com", "correct horse")).get().user();

    assertThat(admin().listUsers(ada.id(), everyone()).getLeft().code())
        .isEqualTo(Code.NOT_ALLOWED);
    assertThat(admin().listUsers(admin, everyone()).get().total()).isEqualTo(2);
    assertThat(admin().banUser(admin, admin, Option.none(), Option.none()).getLeft().code())
        .isEqualTo(Code.YOU_CANNOT_BAN_YOURSELF);
    assertThat(admin().removeUser(admin, admin).getLeft().code())
        .isEqualTo(Code.YOU_CANNOT_REMOVE_YOURSELF);
    assertThat(admin().setRole(admin, new UserId("nobody"), Role.ADMIN).getLeft().code())
        .isEqualTo(Code.USER_NOT_FOUND);
    assertThat(admin().setRole(admin, ada.id(), Role.ADMIN).get().role()).isEqualTo(Role.ADMIN);
    assertThat(admin().removeUser(admin, ada.id()).isRight()).isTrue();
    assertThat(admin().listUsers(admin, everyone()).get().total()).isEqualTo(1);
  }

  @Test
  void aResetTokenWorksOnceAndRevokesEverySession() {
    var ada = signUp().signUp(command("Ada", "ada@example.com", "correct horse")).get();
    var reset =
        new PasswordResetService(
            database, users, identity, identity, identity, identity, policy, tokens, hasher, outbox,
            clock);

    reset.requestPasswordReset("ada@example.com", LINK);
    reset.requestPasswordReset("nobody@example.com", LINK);

    assertThat(sentMails()).hasSize(1);
    var token = tokenIn(lastMail());
    assertThat(lastMail().kind()).isEqualTo(MailSender.Kind.PASSWORD_RESET);
    assertThat(reset.isResetTokenValid(token)).isTrue();
    assertThat(reset.resetPassword(token, "brand new password").isRight()).isTrue();
    assertThat(reset.resetPassword(token, "another new one").getLeft().code())
        .isEqualTo(Code.INVALID_TOKEN);
    assertThat(sessions().authenticate(ada.session().get().token()).get()).isEmpty();
    assertThat(signIn().signIn(signInCommand("ada@example.com", "brand new password")).isRight())
        .isTrue();
  }

  @Test
  void aResetTokenExpiresAfterAnHour() {
    signUp().signUp(command("Ada", "ada@example.com", "correct horse"));
    var reset =
        new PasswordResetService(
            database, users, identity, identity, identity, identity, policy, tokens, hasher, outbox,
            clock);
    reset.requestPasswordReset("ada@example.com", LINK);
    var sent = lastMail();

    clock.advance(Duration.ofMinutes(61));

    assertThat(reset.resetPassword(tokenIn(sent), "brand new password").getLeft().code())
        .isEqualTo(Code.INVALID_TOKEN);
  }

  @Test
  void whenVerificationIsRequiredSignUpMailsALinkAndSignInWaitsForIt() {
    policy = new IdentityPolicy(true, true, Set.of(), SessionPolicy.DEFAULT);
    var signedUp = signUp().signUp(command("Ada", "ada@example.com", "correct horse")).get();

    assertThat(signedUp.session()).isEmpty();
    assertThat(signIn().signIn(signInCommand("ada@example.com", "correct horse")).getLeft().code())
        .isEqualTo(Code.EMAIL_NOT_VERIFIED);
    var verification =
        new EmailVerificationService(
            database, users, users, identity, policy, tokens, outbox, clock);
    assertThat(verification.verifyEmail(tokenIn(lastMail())).get().emailVerified()).isTrue();
    assertThat(signIn().signIn(signInCommand("ada@example.com", "correct horse")).isRight())
        .isTrue();
  }

  @Test
  void changingThePasswordChecksTheCurrentOneAndCanRevokeOtherSessions() {
    var ada = signUp().signUp(command("Ada", "ada@example.com", "correct horse")).get();
    var settings =
        new AccountSettingsService(
            database, users, users, identity, identity, identity, identity, policy, tokens, hasher,
            clock);
    var id = ada.user().id();

    assertThat(
            settings
                .changePassword(id, "wrong", "new password!", false, ClientInfo.unknown())
                .getLeft()
                .code())
        .isEqualTo(Code.INVALID_PASSWORD);
    var changed =
        settings.changePassword(id, "correct horse", "new password!", true, ClientInfo.unknown());
    StartedSession fresh = changed.get().newSession().get();
    assertThat(sessions().authenticate(ada.session().get().token()).get()).isEmpty();
    assertThat(sessions().authenticate(fresh.token()).get()).isNotEmpty();
  }

  @Test
  void aConfiguredAdminEmailConfersTheRoleOnlyOnceVerified() {
    policy =
        new IdentityPolicy(
            true, false, Set.of(new Email("boss@example.com")), SessionPolicy.DEFAULT);
    var boss = signUp().signUp(command("Boss", "boss@example.com", "correct horse")).get();
    assertThat(boss.user().role()).isEqualTo(Role.USER);
    var bootstrap =
        new BootstrapAdminsService(database, users, users, identity, policy, tokens, hasher, clock);
    assertThat(bootstrap.promoteConfiguredAdmins()).isZero();
    assertThat(tx(() -> users.load(boss.user().id()).get().role())).isEqualTo(Role.USER);

    var verification =
        new EmailVerificationService(
            database, users, users, identity, policy, tokens, outbox, clock);
    verification.sendVerificationEmail("boss@example.com", LINK);
    var verified = verification.verifyEmail(tokenIn(lastMail())).get();

    assertThat(verified.role()).isEqualTo(Role.ADMIN);
    assertThat(tx(() -> users.load(boss.user().id()).get().role())).isEqualTo(Role.ADMIN);
  }

  @Test
  void startUpPromotesAVerifiedConfiguredAccountAndTheCommandLineCreatesAdmins() {
    var ada = signUp().signUp(command("Ada", "ada@example.com", "correct horse")).get().user();
    tx(
        () -> {
          users.update(ada.verifyEmail(clock.instant()));
          return true;
        });
    policy =
        new IdentityPolicy(
            true, false, Set.of(new Email("ada@example.com")), SessionPolicy.DEFAULT);
    var bootstrap =
        new BootstrapAdminsService(database, users, users, identity, policy, tokens, hasher, clock);
    assertThat(bootstrap.promoteConfiguredAdmins()).isEqualTo(1);
    assertThat(tx(() -> users.load(ada.id()).get().role())).isEqualTo(Role.ADMIN);

    var created = bootstrap.createAdmin("Root", "root@example.com", "root password").get();
    assertThat(created.created()).isTrue();
    assertThat(created.user().isAdmin()).isTrue();
    assertThat(bootstrap.createAdmin("Root", "root@example.com", "root password").get().created())
        .isFalse();
  }

  @Test
  void theBuiltInGuestCannotBeResetVerifiedOrAdministered() {
    new io.dbkeep.application.service.user.EnsureGuestUserService(database, users, users, clock)
        .ensureGuestUser();
    var admin = adminUser();

    new PasswordResetService(
            database, users, identity, identity, identity, identity, policy, tokens, hasher, outbox,
            clock)
        .requestPasswordReset("guest@local.dbkeep", LINK);
    new EmailVerificationService(database, users, users, identity, policy, tokens, outbox, clock)
        .sendVerificationEmail("guest@local.dbkeep", LINK);

    assertThat(sentMails()).isEmpty();
    assertThat(admin().setRole(admin, UserId.GUEST, Role.ADMIN).getLeft().code())
        .isEqualTo(Code.USER_NOT_FOUND);
    assertThat(admin().removeUser(admin, UserId.GUEST).getLeft().code())
        .isEqualTo(Code.USER_NOT_FOUND);
  }

  /** Lets the outbox worker run once, then what was sent. */
  private List<MailSender.AuthMail> sentMails() {
    new AuthMailDeliveryService(database, users, identity, policy, tokens, outbox, mail, clock)
        .deliverDue();
    return mail.sent();
  }

  private MailSender.AuthMail lastMail() {
    sentMails();
    return mail.last();
  }

  private UserId adminUser() {
    var bootstrap =
        new BootstrapAdminsService(database, users, users, identity, policy, tokens, hasher, clock);
    return bootstrap.createAdmin("Admin", "admin@example.com", "admin password").get().user().id();
  }

  private static UserQuery everyone() {
    return new UserQuery(
        Option.none(),
        UserQuery.Field.EMAIL,
        UserQuery.Operator.CONTAINS,
        UserQuery.Field.EMAIL,
        false,
        100,
        0);
  }

  private static SecretToken tokenIn(MailSender.AuthMail sent) {
    var link = sent.link();
    return new SecretToken(link.substring(LINK.prefix().length(), link.indexOf('?')));
  }

  private static SignUpCommand command(String name, String email, String password) {
    return new SignUpCommand(
        name, email, password, Option.none(), true, ClientInfo.unknown(), LINK);
  }

  private static SignInCommand signInCommand(String email, String password) {
    return new SignInCommand(email, password, true, ClientInfo.unknown());
  }

  private <T> T tx(java.util.function.Supplier<T> work) {
    return database.<RuntimeException, T>inTransaction(() -> Either.right(work.get())).get();
  }
}
