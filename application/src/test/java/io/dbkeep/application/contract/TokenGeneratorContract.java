package io.dbkeep.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.application.port.out.identity.TokenGenerator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TokenGenerator} promises: tokens that go into URLs, cookies and signed cookie
 * values as they are (URL-safe, no dots), that never repeat, and that carry at least 256 bits of
 * randomness; ids that never repeat and carry at least 128. Randomness is estimated from the
 * symbols seen at each position over many draws, so a counter, a clock or a fixed prefix fails. Run
 * against the generator of the service tests and the {@code SecureRandom} adapter.
 */
public abstract class TokenGeneratorContract {

  protected abstract TokenGenerator generator();

  private static final int DRAWS = 4_000;
  private static final String URL_SAFE = "[A-Za-z0-9_-]+";

  @Test
  void tokensAreUrlSafeWithoutDotsAndNeverRepeat() {
    var tokens = draw(() -> generator().newToken().value());

    assertThat(tokens).allSatisfy(token -> assertThat(token).matches(URL_SAFE));
    assertThat(new HashSet<>(tokens)).hasSize(DRAWS);
  }

  @Test
  void tokensCarryAtLeast256RandomBits() {
    var tokens = draw(() -> generator().newToken().value());

    assertThat(tokens).allSatisfy(token -> assertThat(token).hasSizeGreaterThanOrEqualTo(43));
    assertThat(estimatedBits(tokens)).isGreaterThanOrEqualTo(256.0);
  }

  @Test
  void idsAreUrlSafeNeverRepeatAndCarryAtLeast128RandomBits() {
    var ids = draw(() -> generator().newId());

    assertThat(ids).allSatisfy(id -> assertThat(id).matches(URL_SAFE));
    assertThat(new HashSet<>(ids)).hasSize(DRAWS);
    assertThat(estimatedBits(ids)).isGreaterThanOrEqualTo(128.0);
  }

  @Test
  void tokensAndIdsDoNotRepeatEachOther() {
    var tokens = new HashSet<>(draw(() -> generator().newToken().value()));
    var ids = draw(() -> generator().newId());

    assertThat(ids).noneMatch(tokens::contains);
  }

  private static List<String> draw(Supplier<String> next) {
    var values = new ArrayList<String>(DRAWS);
    for (int i = 0; i < DRAWS; i++) {
      values.add(next.get());
    }
    return values;
  }

  /**
   * The sum over character positions of log2(distinct symbols seen there): a value whose position
   * takes one of 64 symbols at random shows all 64 within a few thousand draws (6 bits), a fixed
   * position shows one (0 bits).
   */
  static double estimatedBits(List<String> values) {
    var length = values.stream().mapToInt(String::length).min().orElse(0);
    var bits = 0.0;
    for (int position = 0; position < length; position++) {
      Set<Character> seen = new HashSet<>();
      for (var value : values) {
        seen.add(value.charAt(position));
      }
      bits += Math.log(seen.size()) / Math.log(2);
    }
    // log2 of a power of two is not always exact in floating point
    return Math.round(bits * 1e6) / 1e6;
  }
}
