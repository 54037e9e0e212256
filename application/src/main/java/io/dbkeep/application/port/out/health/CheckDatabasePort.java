package io.dbkeep.application.port.out.health;

/** Tells whether the data store answers right now. Opens its own short-lived connection. */
public interface CheckDatabasePort {

  /** True when a trivial query succeeded within the store's configured timeout. */
  boolean isReachable();
}
