package io.dbkeep.domain.identity;

import java.util.Objects;

/**
 * How to turn a token into the link a mail carries: {@code prefix + token + suffix} (the token is
 * URL-safe). The HTTP adapter knows its own URLs; the use cases only fill in the token.
 */
public record LinkTemplate(String prefix, String suffix) {

  public LinkTemplate {
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(suffix, "suffix");
  }

  public String with(SecretToken token) {
    return prefix + token.value() + suffix;
  }
}
