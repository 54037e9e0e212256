package io.dbkeep.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbkeep.application.port.out.identity.MailSender;
import io.dbkeep.application.port.out.identity.MailSender.AuthMail;
import io.dbkeep.application.port.out.identity.MailSender.Kind;
import io.dbkeep.domain.user.Email;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MailSender} that delivers promises the mail outbox: each mail reaches its
 * recipient and no one else, once, with a subject that tells the two kinds apart and a body that
 * greets the recipient and carries the link to the letter (the link holds the secret token, so one
 * changed character breaks the flow). Run against the recording fake of the service tests and the
 * SMTP adapter with GreenMail.
 */
public abstract class MailSenderContract {

  /** A sender whose deliveries {@link #deliveredTo} sees; a new mailbox for each test. */
  protected abstract MailSender sender();

  /**
   * The mails that reached {@code to}, oldest first, once {@code expected} of them have arrived (or
   * a few seconds have passed).
   */
  protected abstract List<Delivered> deliveredTo(Email to, int expected);

  /** A mail as its recipient reads it: the subject and the plain-text body. */
  public record Delivered(String subject, String body) {}

  private static final Email ADA = new Email("ada@example.com");
  private static final Email BOB = new Email("bob@example.com");

  private static AuthMail mail(Kind kind, Email to, String name, String link) {
    return new AuthMail(kind, to, name, link, Duration.ofHours(1));
  }

  @Test
  void aMailReachesItsRecipientWithASubjectTheGreetingAndTheLink() {
    var link = "https://app.test/api/auth/reset-password/tok-1?callbackURL=%2Freset&x=1";

    sender().send(mail(Kind.PASSWORD_RESET, ADA, "Ada Lovelace", link));

    var delivered = deliveredTo(ADA, 1);
    assertThat(delivered).hasSize(1);
    assertThat(delivered.get(0).subject()).isNotBlank();
    assertThat(delivered.get(0).body()).contains("Ada Lovelace").contains(link);
  }

  @Test
  void theTwoKindsHaveDifferentSubjectsAndEachCarriesItsOwnLink() {
    sender().send(mail(Kind.PASSWORD_RESET, BOB, "Bob", "https://app.test/reset/r-1"));
    sender().send(mail(Kind.EMAIL_VERIFICATION, BOB, "Bob", "https://app.test/verify?token=v-1"));

    var delivered = deliveredTo(BOB, 2);
    assertThat(delivered).hasSize(2);
    var reset = delivered.stream().filter(mail -> mail.body().contains("/reset/r-1")).toList();
    var verify = delivered.stream().filter(mail -> mail.body().contains("token=v-1")).toList();
    assertThat(reset).singleElement();
    assertThat(verify).singleElement();
    assertThat(reset.get(0).subject()).isNotEqualTo(verify.get(0).subject());
    assertThat(reset.get(0).body()).doesNotContain("token=v-1");
  }

  @Test
  void eachMailReachesOnlyItsRecipient() {
    sender().send(mail(Kind.PASSWORD_RESET, ADA, "Ada", "https://app.test/reset/for-ada"));
    sender().send(mail(Kind.PASSWORD_RESET, BOB, "Bob", "https://app.test/reset/for-bob"));

    var toAda = deliveredTo(ADA, 1);
    var toBob = deliveredTo(BOB, 1);
    assertThat(toAda).singleElement().extracting(Delivered::body).asString().contains("for-ada");
    assertThat(toBob).singleElement().extracting(Delivered::body).asString().contains("for-bob");
    assertThat(toAda.get(0).body()).doesNotContain("for-bob");
  }
}
