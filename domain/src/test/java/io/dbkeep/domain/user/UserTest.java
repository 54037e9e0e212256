package io.dbkeep.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private final User ada =
      User.register(
          new UserId("u1"), "Ada", new Email("ada@example.com"), false, Option.none(), T0);

  @Test
  void aNewUserIsAnOrdinaryUnbannedUser() {
    assertThat(ada.role()).isEqualTo(Role.USER);
    assertThat(ada.banned()).isFalse();
    assertThat(ada.isAdmin()).isFalse();
  }

  @Test
  void aBanHoldsUntilItsExpiryThenLiftsItself() {
    var banned = ada.ban("spam", Option.of(T0.plusSeconds(60)), T0);

    assertThat(banned.isBannedAt(T0.plusSeconds(59))).isTrue();
    assertThat(banned.isBannedAt(T0.plusSeconds(60))).isFalse();
    assertThat(banned.liftExpiredBan(T0.plusSeconds(59))).isSameAs(banned);
    var lifted = banned.liftExpiredBan(T0.plusSeconds(61));
    assertThat(lifted.banned()).isFalse();
    assertThat(lifted.banReason()).isEmpty();
    assertThat(lifted.updatedAt()).isEqualTo(T0.plusSeconds(61));
  }

  @Test
  void aBanWithoutExpiryIsForever() {
    assertThat(ada.ban("x", Option.none(), T0).isBannedAt(T0.plusSeconds(1_000_000_000))).isTrue();
  }

  @Test
  void onlyABannedUserCarriesBanDetails() {
    assertThatThrownBy(
            () ->
                new User(
                    ada.id(),
                    "Ada",
                    ada.email(),
                    false,
                    Option.none(),
                    Role.USER,
                    false,
                    Option.of("why"),
                    Option.none(),
                    T0,
                    T0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void namesAreOneToTwoHundredCharacters() {
    assertThat(User.isValidName("A")).isTrue();
    assertThat(User.isValidName(" ")).isFalse();
    assertThat(User.isValidName("x".repeat(201))).isFalse();
  }
}
