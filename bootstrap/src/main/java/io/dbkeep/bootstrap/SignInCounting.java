package io.dbkeep.bootstrap;

import io.dbkeep.application.port.out.identity.AuthEvents;
import io.dbkeep.application.port.out.metrics.RecordActivityPort;

/** Feeds identity's sign-in events into the activity metrics ({@code dbkeep_sign_ins_total}). */
final class SignInCounting implements AuthEvents {

  private final RecordActivityPort activity;

  SignInCounting(RecordActivityPort activity) {
    this.activity = activity;
  }

  @Override
  public void signInSucceeded(String method) {
    activity.signInSucceeded();
  }

  @Override
  public void signInFailed(String method, String reason) {
    activity.signInFailed();
  }
}
