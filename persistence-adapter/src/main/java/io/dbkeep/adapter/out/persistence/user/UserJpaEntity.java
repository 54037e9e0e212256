package io.dbkeep.adapter.out.persistence.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of the {@code "user"} table. Only the persistence adapter sees this type. */
@Entity(name = "User")
@Table(name = "\"user\"")
public class UserJpaEntity {

  @Id
  @Column(name = "id", columnDefinition = "text")
  private String id;

  @Column(name = "name", nullable = false, columnDefinition = "text")
  private String name;

  @Column(name = "email", nullable = false, unique = true, columnDefinition = "text")
  private String email;

  @Column(name = "email_verified", nullable = false)
  private boolean emailVerified;

  @Column(name = "image", columnDefinition = "text")
  private String image;

  // Nullable in databases written by the original DBKeep; NULL reads as "user" / not banned.
  @Column(name = "role", columnDefinition = "text")
  private String role;

  @Column(name = "banned")
  private Boolean banned;

  @Column(name = "ban_reason", columnDefinition = "text")
  private String banReason;

  @Column(name = "ban_expires")
  private Instant banExpires;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public boolean isEmailVerified() {
    return emailVerified;
  }

  public void setEmailVerified(boolean emailVerified) {
    this.emailVerified = emailVerified;
  }

  public String getImage() {
    return image;
  }

  public void setImage(String image) {
    this.image = image;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public Boolean getBanned() {
    return banned;
  }

  public void setBanned(Boolean banned) {
    this.banned = banned;
  }

  public String getBanReason() {
    return banReason;
  }

  public void setBanReason(String banReason) {
    this.banReason = banReason;
  }

  public Instant getBanExpires() {
    return banExpires;
  }

  public void setBanExpires(Instant banExpires) {
    this.banExpires = banExpires;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(Instant createdAt) {
    this.createdAt = createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public void setUpdatedAt(Instant updatedAt) {
    this.updatedAt = updatedAt;
  }
}
