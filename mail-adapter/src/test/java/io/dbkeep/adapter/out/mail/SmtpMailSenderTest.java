package io.dbkeep.adapter.out.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.dbkeep.application.port.out.identity.MailSender;
import io.dbkeep.application.port.out.identity.MailSender.AuthMail;
import io.dbkeep.domain.user.Email;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sends real mails to a GreenMail SMTP server running in the test. */
class SmtpMailSenderTest {

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
