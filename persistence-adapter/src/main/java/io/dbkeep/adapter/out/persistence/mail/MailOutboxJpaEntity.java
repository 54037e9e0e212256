package io.dbkeep.adapter.out.persistence.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code mail_outbox}. Only the persistence adapter sees this type. */
@Entity(name = "MailOutbox")
@Table(name = "mail_outbox")
public class MailOutboxJpaEntity {
  @Id
  @Column(name = "id", nullable = false, columnDefinition = "text")
  private String id;

  @Column(name = "kind", nullable = false, columnDefinition = "text")
  private String kind;

  @Column(name = "recipient", nullable = false, columnDefinition = "text")
  private String recipient;

  @Column(name = "link_prefix", nullable = false, columnDefinition = "text")
  private String linkPrefix;

  @Column(name = "link_suffix", nullable = false, columnDefinition = "text")
  private String linkSuffix;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "claimed_until")
  private Instant claimedUntil;

  @Column(name = "last_error", columnDefinition = "text")
  private String lastError;

  protected MailOutboxJpaEntity() {}

  MailOutboxJpaEntity(
      String id,
      String kind,
      String recipient,
      String linkPrefix,
      String linkSuffix,
      Instant requestedAt) {
    this.id = id;
    this.kind = kind;
    this.recipient = recipient;
    this.linkPrefix = linkPrefix;
    this.linkSuffix = linkSuffix;
    this.requestedAt = requestedAt;
    this.nextAttemptAt = requestedAt;
  }

  public String getId() {
    return id;
  }

  public String getLastError() {
    return lastError;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getClaimedUntil() {
    return claimedUntil;
  }
}
