package io.dbkeep.application.fake;

import io.dbkeep.application.contract.MailSenderContract;
import io.dbkeep.application.port.out.identity.MailSender;
import io.dbkeep.domain.user.Email;
import java.util.List;

/**
 * The recording sender keeps the promises the SMTP adapter keeps; a recorded mail reads as its kind
 * (the subject) over the greeting and the link (the body).
 */
class RecordingMailSenderTest extends MailSenderContract {

  private final RecordingMailSender sender = new RecordingMailSender();

  @Override
  protected MailSender sender() {
    return sender;
  }

  @Override
  protected List<Delivered> deliveredTo(Email to, int expected) {
    return sender.sent().stream()
        .filter(mail -> mail.to().equals(to))
        .map(mail -> new Delivered(mail.kind().name(), mail.recipientName() + "\n" + mail.link()))
        .toList();
  }
}
