package io.dbkeep.domain.identity;

import java.time.Duration;
import java.util.Objects;

/**
 * How long sessions live: {@code expiresIn} after creation or renewal; a session used when its last
 * renewal is {@code updateAge} or more ago is renewed (sliding expiry). A session created without
 * "remember me" lives {@code shortLived} and is never renewed (it expires first).
 */
public record SessionPolicy(Duration expiresIn, Duration updateAge, Duration shortLived) {

  /** Seven days, renewed after one day; one day without "remember me" (Better Auth's defaults). */
  public static final SessionPolicy DEFAULT =
      new SessionPolicy(Duration.ofDays(7), Duration.ofDays(1), Duration.ofDays(1));

  public SessionPolicy {
    Objects.requireNonNull(expiresIn, "expiresIn");
    Objects.requireNonNull(updateAge, "updateAge");
    Objects.requireNonNull(shortLived, "shortLived");
    if (updateAge.compareTo(expiresIn) >= 0 || shortLived.compareTo(updateAge) > 0) {
      throw new IllegalArgumentException("need shortLived <= updateAge < expiresIn");
    }
  }
}
