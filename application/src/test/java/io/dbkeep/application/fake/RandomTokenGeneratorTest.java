package io.dbkeep.application.fake;

import io.dbkeep.application.contract.TokenGeneratorContract;
import io.dbkeep.application.port.out.identity.TokenGenerator;

/** The generator of the service tests keeps the promises the security adapter's keeps. */
class RandomTokenGeneratorTest extends TokenGeneratorContract {

  @Override
  protected TokenGenerator generator() {
    return new RandomTokenGenerator();
  }
}
