package io.dbkeep.adapter.out.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.domain.identity.Password;
import io.dbkeep.domain.identity.PasswordHash;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class PasswordHashingTest {

  private final Argon2PasswordHasher hasher = new Argon2PasswordHasher();

  @Test
  void argon2idHashesCarryTheirParametersAndVerify() {
    var hash = hasher.hash(Password.presented("correct horse battery"));

    assertThat(hash.value()).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    assertThat(hasher.verify(Password.presented("correct horse battery"), hash))
        .isEqualTo(new Argon2PasswordHasher.Check(true, false));
    assertThat(hasher.verify(Password.presented("correct horse batterY"), hash).matches())
        .isFalse();
  }

  @Test
  void theSamePasswordHashesDifferentlyEachTime() {
    var a = hasher.hash(Password.presented("same password"));
    var b = hasher.hash(Password.presented("same password"));

    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void aHashWithOlderParametersVerifiesAndAsksForARehash() {
    var weaker = new Argon2PasswordHasher(new Argon2PasswordHasher.Parameters(8_192, 1, 1));
    var old = weaker.hash(Password.presented("correct horse battery"));

    assertThat(hasher.verify(Password.presented("correct horse battery"), old))
        .isEqualTo(new Argon2PasswordHasher.Check(true, true));
  }

  @Test
  void theOriginalsScryptHashesVerifyAndAskForARehash() {
    // Written the way Better Auth writes them: salt = 16 random bytes as hex, salted with that
    // text.
    var original =
        new PasswordHash(
            LegacyScryptHash.format("mot de passe", "0123456789abcdef0123456789abcdef"));

    assertThat(original.value()).matches("[0-9a-f]{32}:[0-9a-f]{128}");
    assertThat(hasher.verify(Password.presented("mot de passe"), original))
        .isEqualTo(new Argon2PasswordHasher.Check(true, true));
    assertThat(hasher.verify(Password.presented("mot de passe!"), original).matches()).isFalse();
  }

  @Test
  void passwordsAreComparedAfterNfkcNormalisation() {
    // "ﬁ" (U+FB01) normalises to "fi" under NFKC, as the original normalised before hashing.
    var original = new PasswordHash(LegacyScryptHash.format("finesse", "aa"));

    assertThat(hasher.verify(Password.presented("\uFB01nesse"), original).matches()).isTrue();
    var hash = hasher.hash(Password.presented("\uFB01nesse"));
    assertThat(hasher.verify(Password.presented("finesse"), hash).matches()).isTrue();
  }

  @Test
  void unknownOrMalformedHashesNeverMatch() {
    for (var stored : new String[] {"plain", "$argon2id$garbage", "zz:zz", "$2a$10$abc"}) {
      assertThat(hasher.verify(Password.presented("plain"), new PasswordHash(stored)).matches())
          .as(stored)
          .isFalse();
    }
  }

  @Test
  void tokensHave256BitsAndAreUrlSafe() {
    var generator = new SecureRandomTokenGenerator();
    var seen = new HashSet<String>();
    for (int i = 0; i < 1000; i++) {
      var token = generator.newToken().value();
      assertThat(token).matches("[A-Za-z0-9_-]{43}");
      assertThat(seen.add(token)).isTrue();
    }
    assertThat(generator.newId()).matches("[A-Za-z0-9_-]{32}");
  }

  @Test
  void hashesMadeByPassword4jVerifyAndOursVerifyWithIt() {
    var password4j =
        com.password4j.Argon2Function.getInstance(
            19_456, 2, 1, 32, com.password4j.types.Argon2.ID, 0x13);
    var theirs =
        com.password4j.Password.hash("correct horse")
            .addRandomSalt(16)
            .with(password4j)
            .getResult();

    assertThat(hasher.verify(Password.presented("correct horse"), new PasswordHash(theirs)))
        .isEqualTo(new Argon2PasswordHasher.Check(true, false));
    assertThat(hasher.verify(Password.presented("correct hors"), new PasswordHash(theirs)))
        .isEqualTo(new Argon2PasswordHasher.Check(false, false));

    var ours = hasher.hash(Password.presented("correct horse")).value();
    assertThat(com.password4j.Password.check("correct horse", ours).with(password4j)).isTrue();
    assertThat(com.password4j.Password.check("correct hors", ours).with(password4j)).isFalse();
  }

  @Test
  void storedHashesAskingForAbsurdParametersAreMalformedNotComputed() {
    var salt = "c29tZXNhbHRzb21lc2FsdA";
    var digest = "aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g";
    for (var stored :
        new String[] {
          "$argon2id$v=19$m=99999999,t=2,p=1$" + salt + "$" + digest,
          "$argon2id$v=19$m=19456,t=0,p=1$" + salt + "$" + digest,
          "$argon2id$v=19$m=19456,t=2,p=0$" + salt + "$" + digest,
          "$argon2id$v=16$m=19456,t=2,p=1$" + salt + "$" + digest,
          "$argon2id$v=19$m=19456,t=2,p=1$" + salt + "$" + digest + "$extra",
          "$argon2id$v=19$m=19456,t=2,p=1$!!!!!!!!!!!!$" + digest
        }) {
      assertThat(hasher.verify(Password.presented("anything"), new PasswordHash(stored)))
          .as(stored)
          .isEqualTo(new Argon2PasswordHasher.Check(false, false));
    }
  }
}
