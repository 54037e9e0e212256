package io.dbkeep.application.port.in.identity;

/**
 * Sends the identity mails waiting in the outbox: for each due request whose address (still) has an
 * account that wants the mail, issues the link's token and sends the mail; a failed delivery is
 * retried later with a growing delay, and given up after a bounded number of attempts. Meant to be
 * called repeatedly by a background worker, on any number of servers at once: each request is
 * claimed by one of them.
 */
public interface DeliverAuthMailUseCase {

  /** Works through the requests due now; how many mails were sent. */
  int deliverDue();
}
