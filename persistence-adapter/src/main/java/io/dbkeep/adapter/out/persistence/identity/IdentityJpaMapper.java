package io.dbkeep.adapter.out.persistence.identity;

import io.dbkeep.domain.identity.Account;
import io.dbkeep.domain.identity.PasswordHash;
import io.dbkeep.domain.identity.Session;
import io.dbkeep.domain.identity.TokenHash;
import io.dbkeep.domain.identity.Verification;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Option;
import java.time.Instant;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/**
 * Maps sessions, accounts and verifications to and from their rows, rebuilding domain values
 * through their constructors.
 */
@Mapper
interface IdentityJpaMapper {

  IdentityJpaMapper INSTANCE = Mappers.getMapper(IdentityJpaMapper.class);

  @Mapping(target = "tokenHash", source = "token")
  Session toDomain(SessionJpaEntity entity);

  @Mapping(target = "token", source = "tokenHash")
  SessionJpaEntity toEntity(Session session);

  Account toDomain(AccountJpaEntity entity);

  AccountJpaEntity toEntity(Account account);

  Verification toDomain(VerificationJpaEntity entity);

  VerificationJpaEntity toEntity(Verification verification);

  default TokenHash tokenHash(String hex) {
    return new TokenHash(hex);
  }

  default String text(TokenHash hash) {
    return hash.hex();
  }

  default UserId userId(String id) {
    return new UserId(id);
  }

  default String text(UserId id) {
    return id.value();
  }

  default Option<String> optionalText(String value) {
    return Option.of(value);
  }

  default String text(Option<String> value) {
    return value.getOrNull();
  }

  default Option<Instant> optionalInstant(Instant value) {
    return Option.of(value);
  }

  default Instant instant(Option<Instant> value) {
    return value.getOrNull();
  }

  default Option<PasswordHash> passwordHash(String value) {
    return value == null || value.isBlank() ? Option.none() : Option.of(new PasswordHash(value));
  }

  default String passwordText(Option<PasswordHash> value) {
    return value.map(PasswordHash::value).getOrNull();
  }
}
