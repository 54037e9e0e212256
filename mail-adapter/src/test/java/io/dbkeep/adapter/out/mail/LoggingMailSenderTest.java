package io.dbkeep.adapter.out.mail;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.dbkeep.application.port.out.identity.MailSender;
import io.dbkeep.application.port.out.identity.MailSender.AuthMail;
import io.dbkeep.domain.user.Email;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LoggingMailSenderTest {

  private static final AuthMail MAIL =
      new AuthMail(
          MailSender.Kind.PASSWORD_RESET,
          new Email("ada@example.com"),
          "Ada",
          "https://app.test/api/auth/reset-password/SECRET-TOKEN?callbackURL=",
          Duration.ofHours(1));

  @Test
  void outsideProductionTheLinkIsLoggedForTheDeveloper() {
    var lines = capture(false);

    assertThat(lines)
        .singleElement()
        .asString()
        .contains("PASSWORD_RESET", "ada@example.com", "SECRET-TOKEN");
  }

  @Test
  void inProductionOnlyRecipientAndPurposeAreLogged() {
    var lines = capture(true);

    assertThat(lines)
        .singleElement()
        .asString()
        .contains("PASSWORD_RESET", "ada@example.com")
        .doesNotContain("SECRET-TOKEN");
  }

  private static java.util.List<String> capture(boolean production) {
    var logger = (Logger) LoggerFactory.getLogger(LoggingMailSender.class);
    var appender = new ListAppender<ILoggingEvent>();
    appender.start();
    logger.addAppender(appender);
    try {
      new LoggingMailSender(production).send(MAIL);
      return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    } finally {
      logger.detachAppender(appender);
    }
  }
}
