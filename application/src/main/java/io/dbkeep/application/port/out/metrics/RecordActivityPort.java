package io.dbkeep.application.port.out.metrics;

/**
 * Counts business events for monitoring. Implementations never fail the calling operation and never
 * record who did what: only how often.
 */
public interface RecordActivityPort {

  /** A project was created, updated, duplicated or imported and the change committed. */
  void projectSaved();

  /** Someone signed in successfully. */
  void signInSucceeded();

  /** A sign-in attempt was refused (wrong credentials, banned, …). */
  void signInFailed();

  /** Counts nothing. */
  RecordActivityPort NONE =
      new RecordActivityPort() {
        @Override
        public void projectSaved() {}

        @Override
        public void signInSucceeded() {}

        @Override
        public void signInFailed() {}
      };
}
