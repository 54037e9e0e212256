package io.dbkeep.application.port.in.health;

/** Whether the service can do its work now: its data store answers. */
public interface CheckReadinessQuery {

  Readiness checkReadiness();

  /**
   * The answer.
   *
   * @param ready true when every dependency answered
   * @param database "UP" or "DOWN"
   */
  record Readiness(boolean ready, String database) {}
}
