package io.dbkeep.application.fake;

import io.dbkeep.application.port.out.identity.TokenGenerator;
import io.dbkeep.domain.identity.SecretToken;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random tokens and ids for tests (the real generator lives in the security adapter). */
public final class RandomTokenGenerator implements TokenGenerator {

  private final SecureRandom random = new SecureRandom();

  @Override
  public SecretToken newToken() {
    var bytes = new byte[32];
    random.nextBytes(bytes);
    return new SecretToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  @Override
  public String newId() {
    var bytes = new byte[16];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
