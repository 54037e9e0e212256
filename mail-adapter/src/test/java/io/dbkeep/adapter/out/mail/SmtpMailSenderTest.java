package io.dbkeep.adapter.out.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.dbkeep.application.contract.MailSenderContract;
import io.dbkeep.application.port.out.identity.MailSender;
import io.dbkeep.application.port.out.identity.MailSender.AuthMail;
import io.dbkeep.domain.user.Email;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sends real mails to a GreenMail SMTP server running in the test: the port's promises ({@link
 * MailSenderContract}, a mail read as its subject and plain-text part) and what SMTP adds.
 */
class SmtpMailSenderTest extends MailSenderContract {

  private GreenMail greenMail;

  @BeforeEach
  void start() {
    greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
  }

  @AfterEach
  void stop() {
    greenMail.stop();
  }

  @Override
  protected MailSender sender() {
    return sender(null, null);
  }

  @Override
  protected List<Delivered> deliveredTo(Email to, int expected) {
    // generous: the sender has returned, so the mail is in the server already; this only bounds a
    // bug
    for (int i = 0; i < 100; i++) {
      var delivered = read(to);
      if (delivered.size() >= expected) {
        return delivered;
      }
      sleep();
    }
    return read(to);
  }

  private List<Delivered> read(Email to) {
    var delivered = new ArrayList<Delivered>();
    try {
      for (MimeMessage message : greenMail.getReceivedMessages()) {
        var addressedTo = message.getAllRecipients();
        if (addressedTo.length == 1 && addressedTo[0].toString().equals(to.value())) {
          var text = (String) ((MimeMultipart) message.getContent()).getBodyPart(0).getContent();
          delivered.add(new Delivered(message.getSubject(), text));
        }
      }
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return delivered;
  }

  private static void sleep() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private SmtpMailSender sender(String user, String password) {
    return new SmtpMailSender(
        new MailSettings(
            "127.0.0.1",
            greenMail.getSmtp().getPort(),
            user,
            password,
            false,
            "DBKeep <noreply@dbkeep.test>",
            "DBKeep",
            Duration.ofSeconds(5)));
  }

  @Test
  void aResetMailArrivesAsTextAndHtmlWithTheLinkAndEscapedValues() throws Exception {
    var link = "https://app.test/api/auth/reset-password/tok?callbackURL=%2Freset&x=<y>";
    sender(null, null)
        .send(
            new AuthMail(
                MailSender.Kind.PASSWORD_RESET,
                new Email("ada@example.com"),
                "Ada <script>alert(1)</script> & co",
                link,
                Duration.ofHours(1)));

    assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
    var message = greenMail.getReceivedMessages()[0];
    assertThat(message.getSubject()).isEqualTo("Reset your DBKeep password");
    assertThat(message.getAllRecipients()[0].toString()).isEqualTo("ada@example.com");
    assertThat(message.getFrom()[0].toString()).contains("noreply@dbkeep.test");
    var parts = (MimeMultipart) message.getContent();
    assertThat(parts.getCount()).isEqualTo(2);
    var text = (String) parts.getBodyPart(0).getContent();
    var html = (String) parts.getBodyPart(1).getContent();
    assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
    assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
    assertThat(text).contains(link).contains("60 minutes");
    assertThat(html)
        .contains("Ada &lt;script&gt;alert(1)&lt;/script&gt; &amp; co")
        .doesNotContain("<script>")
        .contains(
            "href=\"https://app.test/api/auth/reset-password/tok?callbackURL=%2Freset&amp;x=&lt;y&gt;\"");
  }

  @Test
  void itLogsInWhenCredentialsAreGiven() throws Exception {
    greenMail.setUser("mailer", "s3cret");

    sender("mailer", "s3cret")
        .send(
            new AuthMail(
                MailSender.Kind.EMAIL_VERIFICATION,
                new Email("bob@example.com"),
                "Bob",
                "https://app.test/verify?token=t",
                Duration.ofHours(1)));

    assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
    assertThat(greenMail.getReceivedMessages()[0].getSubject())
        .isEqualTo("Verify your email for DBKeep");
  }

  @Test
  void anUnreachableServerFailsWithAMessage() {
    var port = greenMail.getSmtp().getPort();
    greenMail.stop();
    var unreachable =
        new SmtpMailSender(
            new MailSettings(
                "127.0.0.1",
                port,
                null,
                null,
                false,
                "x@dbkeep.test",
                "DBKeep",
                Duration.ofSeconds(2)));

    assertThatThrownBy(
            () ->
                unreachable.send(
                    new AuthMail(
                        MailSender.Kind.PASSWORD_RESET,
                        new Email("ada@example.com"),
                        "Ada",
                        "https://app.test/r",
                        Duration.ofHours(1))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("PASSWORD_RESET");
    greenMail.start();
  }
}
