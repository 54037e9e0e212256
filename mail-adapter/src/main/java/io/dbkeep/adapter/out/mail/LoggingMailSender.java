package io.dbkeep.adapter.out.mail;

import io.dbkeep.application.port.out.identity.MailSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Used when no SMTP server is configured: logs that a mail was due, with its recipient and purpose.
 * The link (which carries a secret token) is logged only outside production, so a developer can
 * follow it.
 */
public final class LoggingMailSender implements MailSender {

  private static final Logger LOG = LoggerFactory.getLogger(LoggingMailSender.class);

  private final boolean showLinks;

  /**
   * @param production in production, links are never logged
   */
  public LoggingMailSender(boolean production) {
    this.showLinks = !production;
  }

  @Override
  public void send(AuthMail mail) {
    if (showLinks) {
      LOG.warn(
          "SMTP_HOST is not set: the {} mail to {} was not sent. Its link: {}",
          mail.kind(),
          mail.to(),
          mail.link());
    } else {
      LOG.warn("SMTP_HOST is not set: the {} mail to {} was not sent", mail.kind(), mail.to());
    }
  }
}
