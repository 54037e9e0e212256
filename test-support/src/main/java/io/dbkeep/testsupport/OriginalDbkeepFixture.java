package io.dbkeep.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A database as the original DBKeep leaves it ({@code original-dbkeep.sql}: its five tables as
 * drizzle-kit creates them, text documents, Better Auth scrypt password hashes, no migration
 * history), with the facts tests check against.
 */
public final class OriginalDbkeepFixture {

  /** Ada (admin), owner of {@link #BLOG} and {@link #SHOP}. */
  public static final String ADA_ID = "u-ada";

  public static final String ADA_EMAIL = "ada@example.com";
  public static final String ADA_PASSWORD = "ada-old-password-1";

  /** Zoë: her password contains the U+FB01 ligature, which NFKC turns into "fi". */
  public static final String ZOE_EMAIL = "zoe@example.com";

  public static final String ZOE_PASSWORD = "Zoë s€\uFB01ne pass";

  public static final String BLOG = "11111111-1111-4111-8111-111111111111";
  public static final String SHOP = "22222222-2222-4222-8222-222222222222";

  /** Its text is cut off mid-document: not JSON. */
  public static final String HALF_SAVED = "33333333-3333-4333-8333-333333333333";

  /** Its data is null. */
  public static final String NEVER_OPENED = "44444444-4444-4444-8444-444444444444";

  /** Its data is a JSON array, not a document. */
  public static final String GUEST_SCRATCH = "55555555-5555-4555-8555-555555555555";

  /** Its engine is "oracle". */
  public static final String LEGACY = "66666666-6666-4666-8666-666666666666";

  /** Its document repeats a member name. */
  public static final String TWICE_NAMED = "77777777-7777-4777-8777-777777777777";

  /** The guest's readable project (engine "sqlite"). */
  public static final String GUEST_NOTES = "88888888-8888-4888-8888-888888888888";

  public static final int USERS = 4;
  public static final int ACCOUNTS = 3;
  public static final int PROJECTS = 8;

  private OriginalDbkeepFixture() {}

  /** The script's text. */
  public static String script() {
    try (var in = OriginalDbkeepFixture.class.getResourceAsStream("original-dbkeep.sql")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Creates the original's tables and rows in {@code connection}'s (empty) database. */
  public static void load(Connection connection) throws SQLException {
    try (var statement = connection.createStatement()) {
      statement.execute(script());
    }
  }
}
