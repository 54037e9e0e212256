package io.dbkeep.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.application.port.out.identity.PasswordHasher;
import io.dbkeep.application.port.out.identity.PasswordHasher.Check;
import io.dbkeep.domain.identity.Password;
import io.dbkeep.domain.identity.PasswordHash;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PasswordHasher} promises its callers (sign-up, sign-in, reset, change of
 * password): a hash verifies its own password and no other, is salted (one password hashes
 * differently each time), does not show the password, keeps every character of a long password, and
 * a hash in a form it does not know never matches. Run against the fast fake of the service tests
 * and the Argon2id adapter.
 */
public abstract class PasswordHasherContract {

  /** The hasher under test, with its current parameters. */
  protected abstract PasswordHasher hasher();

  private static final String PASSWORD = "correct horse battery";

  @Test
  void aHashVerifiesItsPasswordAndNeedsNoRehash() {
    var hash = hasher().hash(Password.presented(PASSWORD));

    assertThat(hasher().verify(Password.presented(PASSWORD), hash))
        .isEqualTo(new Check(true, false));
  }

  @Test
  void aHashVerifiesNoOtherPassword() {
    var hash = hasher().hash(Password.presented(PASSWORD));

    for (var other :
        new String[] {
          "correct horse batterY", "correct horse battery ", " correct horse battery", "", "c"
        }) {
      assertThat(hasher().verify(Password.presented(other), hash))
          .as("'%s' against the hash of '%s'", other, PASSWORD)
          .isEqualTo(new Check(false, false));
    }
  }

  @Test
  void theSamePasswordHashesDifferentlyEachTimeAndEachHashVerifies() {
    var first = hasher().hash(Password.presented(PASSWORD));
    var second = hasher().hash(Password.presented(PASSWORD));

    assertThat(first).as("salted").isNotEqualTo(second);
    assertThat(hasher().verify(Password.presented(PASSWORD), first).matches()).isTrue();
    assertThat(hasher().verify(Password.presented(PASSWORD), second).matches()).isTrue();
  }

  @Test
  void aHashDoesNotShowThePassword() {
    var hash = hasher().hash(Password.presented(PASSWORD));

    assertThat(hash.value()).doesNotContain(PASSWORD).doesNotContain("horse");
  }

  @Test
  void everyCharacterOfALongOrUnusualPasswordCounts() {
    // 125 characters (230 bytes), most of them outside ASCII: a hasher that cut at 72 bytes
    // (bcrypt) or
    // dropped what it could not encode would let the variant in
    var longest = "ü€𝄞 ".repeat(23) + "abcdefgh-x";
    var variant = longest.substring(0, longest.length() - 1) + "y";
    var hash = hasher().hash(Password.presented(longest));

    assertThat(hasher().verify(Password.presented(longest), hash).matches()).isTrue();
    assertThat(hasher().verify(Password.presented(variant), hash).matches()).isFalse();
  }

  @Test
  void aHashInAFormTheHasherDoesNotKnowNeverMatches() {
    for (var stored :
        new String[] {PASSWORD, "plain", "$argon2id$garbage", "zz:zz", "$2a$10$abc", "fake:"}) {
      assertThat(hasher().verify(Password.presented(PASSWORD), new PasswordHash(stored)))
          .as(stored)
          .isEqualTo(new Check(false, false));
    }
  }
}
