package io.dbkeep.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {

  @Test
  void addressesAreTrimmedAndLowerCased() {
    assertThat(Email.parse("  Alice@Example.COM ").get().value()).isEqualTo("alice@example.com");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "alice", "alice@", "@example.com", "a b@example.com", "a@b", "a@@b.c"})
  void malformedAddressesAreRefused(String raw) {
    assertThat(Email.parse(raw)).isEmpty();
  }

  @Test
  void overlongAddressesAreRefused() {
    assertThat(Email.parse("a".repeat(250) + "@x.io")).isEmpty();
  }
}
