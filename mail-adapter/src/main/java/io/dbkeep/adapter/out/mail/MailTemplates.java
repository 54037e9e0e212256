package io.dbkeep.adapter.out.mail;

import io.dbkeep.application.port.out.identity.MailSender.AuthMail;

/**
 * The text of DBKeep's mails: a subject, a plain-text body and an HTML body. Every value that comes
 * from a user (the name) or from a request (the link) is escaped in the HTML.
 */
final class MailTemplates {

  /** A rendered mail. */
  record Rendered(String subject, String text, String html) {}

  private final String appName;

  MailTemplates(String appName) {
    this.appName = appName;
  }

  Rendered render(AuthMail mail) {
    var minutes = mail.validFor().toMinutes();
    return switch (mail.kind()) {
      case PASSWORD_RESET ->
          build(
              "Reset your " + appName + " password",
              "Hello " + mail.recipientName() + ",",
              "Someone asked to reset the password of your " + appName + " account.",
              "Reset my password",
              mail.link(),
              "The link works once, for "
                  + minutes
                  + " minutes. If you did not ask for it,"
                  + " ignore this mail: your password stays as it is.");
      case EMAIL_VERIFICATION ->
          build(
              "Verify your email for " + appName,
              "Hello " + mail.recipientName() + ",",
              "Please confirm that this is your email address for " + appName + ".",
              "Verify my email",
              mail.link(),
              "The link works once, for "
                  + minutes
                  + " minutes. If you did not create an"
                  + " account, ignore this mail.");
    };
  }

  private Rendered build(
      String subject, String greeting, String body, String action, String link, String footer) {
    var text =
        greeting + "\n\n" + body + "\n\n" + action + ": " + link + "\n\n" + footer + "\n\n— "
            + appName + "\n";
    var html =
        "<!DOCTYPE html>\n<html><head><meta charset=\"UTF-8\"><title>"
            + escape(subject)
            + "</title></head>\n<body style=\"font-family:sans-serif;color:#18181b\">\n"
            + "<h1 style=\"font-size:20px\">"
            + escape(appName)
            + "</h1>\n<p>"
            + escape(greeting)
            + "</p>\n<p>"
            + escape(body)
            + "</p>\n<p><a href=\""
            + escape(link)
            + "\" style=\"display:inline-block;padding:12px 24px;background:#2563eb;color:#fff;"
            + "border-radius:6px;text-decoration:none\">"
            + escape(action)
            + "</a></p>\n<p style=\"font-size:13px\">If the button does not work, copy this link:"
            + "<br>"
            + escape(link)
            + "</p>\n<p style=\"font-size:13px;color:#71717a\">"
            + escape(footer)
            + "</p>\n</body></html>\n";
    return new Rendered(subject, text, html);
  }

  /** HTML-escapes text for element content and double-quoted attributes. */
  static String escape(String text) {
    var escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      var c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
