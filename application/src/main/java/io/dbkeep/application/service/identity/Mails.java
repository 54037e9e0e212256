package io.dbkeep.application.service.identity;

import io.dbkeep.application.port.out.identity.MailSender;
import io.dbkeep.application.port.out.identity.MailSender.AuthMail;
import java.lang.System.Logger.Level;

/**
 * Sends mails after the transaction that decided them committed. A delivery failure is logged, not
 * reported: answers must not differ between addresses that have an account and those that do not.
 */
final class Mails {

  private static final System.Logger LOG = System.getLogger(Mails.class.getName());

  private final MailSender sender;

  Mails(MailSender sender) {
    this.sender = sender;
  }

  void sendQuietly(AuthMail mail) {
    try {
      sender.send(mail);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not send the " + mail.kind() + " mail: " + e.getMessage());
    }
  }
}
