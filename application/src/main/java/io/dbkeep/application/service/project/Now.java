package io.dbkeep.application.service.project;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The current instant at the precision stores keep (microseconds), so values round-trip. */
final class Now {

  private Now() {}

  static Instant of(Clock clock) {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
