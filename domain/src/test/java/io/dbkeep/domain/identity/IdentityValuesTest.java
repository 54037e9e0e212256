package io.dbkeep.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dbkeep.domain.user.UserId;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IdentityValuesTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final SessionPolicy POLICY = SessionPolicy.DEFAULT;

  private static Session session(boolean rememberMe) {
    return Session.start(
        "s1",
        TokenHash.of("t"),
        new UserId("u1"),
        rememberMe,
        POLICY,
        T0,
        Option.none(),
        Option.of("x".repeat(600)));
  }

  @Test
  void aSessionLastsSevenDaysAndIsExpiredFromItsExpiryOn() {
    var session = session(true);

    assertThat(session.expiresAt()).isEqualTo(T0.plus(Duration.ofDays(7)));
    assertThat(session.isExpiredAt(T0.plus(Duration.ofDays(7)).minusMillis(1))).isFalse();
    assertThat(session.isExpiredAt(T0.plus(Duration.ofDays(7)))).isTrue();
    assertThat(session.userAgent().get()).hasSize(Session.MAX_USER_AGENT_LENGTH);
  }

  @Test
  void aSessionIsDueForRenewalADayAfterItsLastRenewal() {
    var session = session(true);

    assertThat(session.isDueForRenewalAt(T0.plus(Duration.ofHours(23)), POLICY)).isFalse();
    assertThat(session.isDueForRenewalAt(T0.plus(Duration.ofDays(1)), POLICY)).isTrue();
    var renewed = session.renewedAt(T0.plus(Duration.ofDays(2)), POLICY);
    assertThat(renewed.expiresAt()).isEqualTo(T0.plus(Duration.ofDays(9)));
    assertThat(renewed.createdAt()).isEqualTo(T0);
    assertThat(renewed.isDueForRenewalAt(T0.plus(Duration.ofDays(2).plusHours(1)), POLICY))
        .isFalse();
  }

  @Test
  void aSessionWithoutRememberMeExpiresBeforeItCouldBeRenewed() {
    var session = session(false);

    assertThat(session.expiresAt()).isEqualTo(T0.plus(Duration.ofDays(1)));
    assertThat(session.isDueForRenewalAt(T0.plus(Duration.ofDays(1)), POLICY)).isFalse();
  }

  @Test
  void passwordsAreEightToOneHundredTwentyEightCharactersAndNeverPrinted() {
    assertThat(Password.of("1234567").getLeft().code())
        .isEqualTo(IdentityError.Code.PASSWORD_TOO_SHORT);
    assertThat(Password.of("x".repeat(129)).getLeft().code())
        .isEqualTo(IdentityError.Code.PASSWORD_TOO_LONG);
    assertThat(Password.of("12345678").isRight()).isTrue();
    assertThat(Password.of("x".repeat(128)).get().toString()).doesNotContain("x");
    assertThat(new PasswordHash("$argon2id$…").toString()).doesNotContain("argon");
    assertThat(new SecretToken("secret").toString()).doesNotContain("secret");
  }

  @Test
  void tokenHashesAreSha256HexAndMatchOnlyTheirToken() {
    var hash = TokenHash.of("abc");

    assertThat(hash.hex())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(hash.matches("abc")).isTrue();
    assertThat(hash.matches("abd")).isFalse();
    assertThatThrownBy(() -> new TokenHash("ABC")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void verificationIdentifiersNameThePurposeAndHashTheToken() {
    var token = new SecretToken("tok");

    assertThat(Verification.identifier(VerificationPurpose.PASSWORD_RESET, token))
        .isEqualTo("reset-password:" + TokenHash.of("tok").hex())
        .doesNotContain(":tok");
    assertThat(VerificationPurpose.PASSWORD_RESET.validFor()).isEqualTo(Duration.ofHours(1));
  }
}
