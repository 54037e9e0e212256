package io.dbkeep.adapter.out.security;

import io.dbkeep.application.port.out.identity.TokenGenerator;
import io.dbkeep.domain.identity.SecretToken;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Tokens of 256 random bits from {@link SecureRandom}, as unpadded base64url (43 characters: URL-
 * and cookie-safe, no dots); ids of 192 random bits in the same alphabet (32 characters).
 */
public final class SecureRandomTokenGenerator implements TokenGenerator {

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  private final SecureRandom random = new SecureRandom();

  @Override
  public SecretToken newToken() {
    return new SecretToken(ENCODER.encodeToString(bytes(32)));
  }

  @Override
  public String newId() {
    return ENCODER.encodeToString(bytes(24));
  }

  private byte[] bytes(int count) {
    var bytes = new byte[count];
    random.nextBytes(bytes);
    return bytes;
  }
}
