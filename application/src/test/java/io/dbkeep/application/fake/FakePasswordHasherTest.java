package io.dbkeep.application.fake;

import io.dbkeep.application.contract.PasswordHasherContract;
import io.dbkeep.application.port.out.identity.PasswordHasher;

/** The fast hasher of the service tests keeps the promises the Argon2id one keeps. */
class FakePasswordHasherTest extends PasswordHasherContract {

  @Override
  protected PasswordHasher hasher() {
    return new FakePasswordHasher();
  }
}
