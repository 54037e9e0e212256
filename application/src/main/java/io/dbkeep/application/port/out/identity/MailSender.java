package io.dbkeep.application.port.out.identity;

import io.dbkeep.domain.user.Email;
import java.time.Duration;
import java.util.Objects;

/**
 * Sends the mails identity flows need. The adapter renders them (plain text and HTML, the
 * recipient's values escaped) and delivers them; a failure to deliver throws.
 */
public interface MailSender {

  void send(AuthMail mail);

  /**
   * A mail to send.
   *
   * @param kind which mail
   * @param to the recipient
   * @param recipientName the recipient's display name (user-supplied: escape it)
   * @param link the link the mail exists for (carries a secret token)
   * @param validFor how long the link works
   */
  record AuthMail(Kind kind, Email to, String recipientName, String link, Duration validFor) {

    public AuthMail {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(recipientName, "recipientName");
      Objects.requireNonNull(link, "link");
      Objects.requireNonNull(validFor, "validFor");
    }

    @Override
    public String toString() {
      return "AuthMail[" + kind + " to " + to + "]";
    }
  }

  /** The mails there are. */
  enum Kind {
    PASSWORD_RESET,
    EMAIL_VERIFICATION
  }
}
