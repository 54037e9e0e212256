package io.dbkeep.application.fake;

import io.dbkeep.application.port.out.identity.MailSender;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every mail instead of sending it. */
public final class RecordingMailSender implements MailSender {

  private final List<AuthMail> sent = new CopyOnWriteArrayList<>();

  @Override
  public void send(AuthMail mail) {
    sent.add(mail);
  }

  public List<AuthMail> sent() {
    return List.copyOf(sent);
  }

  public AuthMail last() {
    if (sent.isEmpty()) {
      throw new IllegalStateException("no mail was sent");
    }
    return sent.get(sent.size() - 1);
  }
}
