package io.dbkeep.adapter.out.mail;

import io.dbkeep.application.port.out.identity.MailSender;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends mails over SMTP with Jakarta Mail (Angus Mail): multipart/alternative, text and HTML. */
public final class SmtpMailSender implements MailSender {

  private static final Logger LOG = LoggerFactory.getLogger(SmtpMailSender.class);

  private final MailSettings settings;
  private final MailTemplates templates;
  private final jakarta.mail.Session session;

  public SmtpMailSender(MailSettings settings) {
    this.settings = settings;
    this.templates = new MailTemplates(settings.appName());
    var protocol = settings.implicitTls() ? "smtps" : "smtp";
    var properties = new Properties();
    properties.put("mail.transport.protocol", protocol);
    var prefix = "mail." + protocol + ".";
    properties.put(prefix + "host", settings.host());
    properties.put(prefix + "port", Integer.toString(settings.port()));
    var millis = Long.toString(settings.timeout().toMillis());
    properties.put(prefix + "connectiontimeout", millis);
    properties.put(prefix + "timeout", millis);
    properties.put(prefix + "writetimeout", millis);
    if (!settings.implicitTls()) {
      properties.put("mail.smtp.starttls.enable", "true");
    } else {
      properties.put("mail.smtps.ssl.checkserveridentity", "true");
    }
    Authenticator authenticator = null;
    if (settings.username() != null && settings.password() != null) {
      properties.put(prefix + "auth", "true");
      authenticator =
          new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
              return new PasswordAuthentication(settings.username(), settings.password());
            }
          };
    }
    this.session = jakarta.mail.Session.getInstance(properties, authenticator);
  }

  @Override
  public void send(AuthMail mail) {
    var rendered = templates.render(mail);
    try {
      var message = new MimeMessage(session);
      message.setFrom(new InternetAddress(settings.from()));
      message.setRecipient(
          jakarta.mail.Message.RecipientType.TO, new InternetAddress(mail.to().value()));
      message.setSubject(rendered.subject(), StandardCharsets.UTF_8.name());
      var text = new MimeBodyPart();
      text.setText(rendered.text(), StandardCharsets.UTF_8.name(), "plain");
      var html = new MimeBodyPart();
      html.setText(rendered.html(), StandardCharsets.UTF_8.name(), "html");
      var alternative = new MimeMultipart("alternative");
      alternative.addBodyPart(text);
      alternative.addBodyPart(html);
      message.setContent(alternative);
      message.saveChanges();
      Transport.send(message);
      LOG.info("Sent the {} mail to {}", mail.kind(), mail.to());
    } catch (MessagingException e) {
      throw new IllegalStateException(
          "could not send the "
              + mail.kind()
              + " mail via "
              + settings.host()
              + ": "
              + e.getMessage(),
          e);
    }
  }
}
