package io.dbkeep.adapter.out.security;

import io.dbkeep.application.contract.TokenGeneratorContract;
import io.dbkeep.application.port.out.identity.TokenGenerator;

/** The {@code SecureRandom} generator keeps the port's promises. */
class SecureRandomTokenGeneratorContractTest extends TokenGeneratorContract {

  private final SecureRandomTokenGenerator generator = new SecureRandomTokenGenerator();

  @Override
  protected TokenGenerator generator() {
    return generator;
  }
}
