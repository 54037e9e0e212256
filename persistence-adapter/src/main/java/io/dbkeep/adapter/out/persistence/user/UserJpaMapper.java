package io.dbkeep.adapter.out.persistence.user;

import io.dbkeep.domain.user.Email;
import io.dbkeep.domain.user.Role;
import io.dbkeep.domain.user.User;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Option;
import java.time.Instant;
import org.mapstruct.Mapper;
import org.mapstruct.factory.Mappers;

/** Maps {@link User} to and from its row, rebuilding domain values through their constructors. */
@Mapper
interface UserJpaMapper {

  UserJpaMapper INSTANCE = Mappers.getMapper(UserJpaMapper.class);

  User toDomain(UserJpaEntity entity);

  UserJpaEntity toEntity(User user);

  default UserId userId(String id) {
    return new UserId(id);
  }

  default String text(UserId id) {
    return id.value();
  }

  default Email email(String email) {
    return new Email(email);
  }

  default String text(Email email) {
    return email.value();
  }

  default Role role(String role) {
    return Role.parse(role).getOrElseThrow(() -> new IllegalStateException("unknown role " + role));
  }

  default String text(Role role) {
    return role.wireName();
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
}
