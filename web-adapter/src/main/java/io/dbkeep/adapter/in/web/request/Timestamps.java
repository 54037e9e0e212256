package io.dbkeep.adapter.in.web.request;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Instants as JavaScript's {@code Date.toISOString()} writes them: UTC with milliseconds. */
public final class Timestamps {

  private static final DateTimeFormatter ISO_MILLIS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private Timestamps() {}

  public static String format(Instant instant) {
    return ISO_MILLIS.format(instant);
  }
}
