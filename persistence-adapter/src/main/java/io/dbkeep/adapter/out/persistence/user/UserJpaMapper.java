package io.dbkeep.adapter.out.persistence.user;

import io.dbkeep.domain.user.Email;
import io.dbkeep.domain.user.Role;
import io.dbkeep.domain.user.User;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Option;
import java.time.Instant;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.factory.Mappers;

/** Maps {@link User} to and from its row, rebuilding domain values through their constructors. */
@Mapper
interface UserJpaMapper {

  UserJpaMapper INSTANCE = Mappers.getMapper(UserJpaMapper.class);

  // one-argument withers on the record, not properties
  @Mapping(target = "liftExpiredBan", ignore = true)
  @Mapping(target = "verifyEmail", ignore = true)
  @Mapping(target = "unban", ignore = true)
  User toDomain(UserJpaEntity entity);

  UserJpaEntity toEntity(User user);

  /** Copies what may change; the id and the creation time stay. */
  @Mapping(target = "id", ignore = true)
  @Mapping(target = "createdAt", ignore = true)
  void copyChanges(User user, @MappingTarget UserJpaEntity entity);

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
    if (role == null) {
      return Role.USER; // the original DBKeep leaves the role NULL for ordinary users
    }
    return Role.parse(role).getOrElseThrow(() -> new IllegalStateException("unknown role " + role));
  }

  default boolean flag(Boolean value) {
    return Boolean.TRUE.equals(value);
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
