package io.dbkeep.domain.identity;

/** Provider ids with a fixed meaning in the {@code account} table. */
public final class ProviderIds {

  /** The email-and-password account; its {@code accountId} is the user's id. */
  public static final String CREDENTIAL = "credential";

  private ProviderIds() {}
}
