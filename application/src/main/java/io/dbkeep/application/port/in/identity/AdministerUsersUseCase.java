package io.dbkeep.application.port.in.identity;

import io.dbkeep.domain.identity.IdentityError;
import io.dbkeep.domain.identity.Session;
import io.dbkeep.domain.user.Role;
import io.dbkeep.domain.user.User;
import io.dbkeep.domain.user.UserId;
import io.dbkeep.domain.user.UserPage;
import io.dbkeep.domain.user.UserQuery;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.List;

/**
 * What administrators do with users. Every operation first checks that {@code admin} has the role
 * {@code admin} ({@code NOT_ALLOWED} otherwise) and answers {@code USER_NOT_FOUND} for an unknown
 * target. Banning revokes the target's sessions; an administrator cannot ban or remove themself.
 */
public interface AdministerUsersUseCase {

  Either<IdentityError, UserPage> listUsers(UserId admin, UserQuery query);

  Either<IdentityError, User> setRole(UserId admin, UserId target, Role role);

  Either<IdentityError, User> banUser(
      UserId admin, UserId target, Option<String> reason, Option<Duration> expiresIn);

  Either<IdentityError, User> unbanUser(UserId admin, UserId target);

  Either<IdentityError, List<Session>> listUserSessions(UserId admin, UserId target);

  Either<IdentityError, Void> revokeUserSessions(UserId admin, UserId target);

  Either<IdentityError, Void> removeUser(UserId admin, UserId target);
}
