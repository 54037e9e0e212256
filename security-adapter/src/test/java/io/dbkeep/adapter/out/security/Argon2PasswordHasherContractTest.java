package io.dbkeep.adapter.out.security;

import io.dbkeep.application.contract.PasswordHasherContract;
import io.dbkeep.application.port.out.identity.PasswordHasher;

/** The Argon2id hasher, with the parameters production uses, keeps the port's promises. */
class Argon2PasswordHasherContractTest extends PasswordHasherContract {

  private final Argon2PasswordHasher hasher = new Argon2PasswordHasher();

  @Override
  protected PasswordHasher hasher() {
    return hasher;
  }
}
