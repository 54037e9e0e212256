package io.dbkeep.domain.studio;

/**
 * What a Studio allows: with {@code readOnly} every statement runs in a read-only transaction and
 * every write is refused; without {@code sqlEnabled} there is no SQL console.
 */
public record StudioMode(boolean readOnly, boolean sqlEnabled) {

  public static StudioMode readWrite() {
    return new StudioMode(false, true);
  }
}
