package io.dbkeep.adapter.out.mail;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach the SMTP server and what mails say about the sender.
 *
 * @param host the SMTP server
 * @param port its port (587 for submission with STARTTLS, 465 for implicit TLS)
 * @param username null when the server needs no login
 * @param password null when the server needs no login
 * @param implicitTls TLS from the first byte (SMTPS); otherwise STARTTLS when the server offers it
 * @param from the sender, e.g. {@code DBKeep <noreply@example.com>}
 * @param appName the product name mails speak of
 * @param timeout connect, read and write timeout
 */
public record MailSettings(
    String host,
    int port,
    String username,
    String password,
    boolean implicitTls,
    String from,
    String appName,
    Duration timeout) {

  public MailSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(appName, "appName");
    Objects.requireNonNull(timeout, "timeout");
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException("port must be between 1 and 65535");
    }
  }

  @Override
  public String toString() {
    return "MailSettings[" + host + ":" + port + ", user=" + username + ", from=" + from + "]";
  }
}
