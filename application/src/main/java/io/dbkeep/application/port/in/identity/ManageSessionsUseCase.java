package io.dbkeep.application.port.in.identity;

import io.dbkeep.domain.identity.IdentityError;
import io.dbkeep.domain.identity.SecretToken;
import io.dbkeep.domain.identity.Session;
import io.dbkeep.domain.user.UserId;
import io.vavr.control.Either;
import java.util.List;

/** A user's own sessions: sign out, list, revoke one, the others, or all. */
public interface ManageSessionsUseCase {

  /** Ends the session of {@code token}, if it exists. */
  void signOut(SecretToken token);

  /** The user's sessions that have not expired, newest first. */
  List<Session> listSessions(UserId user);

  /**
   * Revokes one of the user's sessions, named by its token or by its id ({@code list-sessions}
   * hands out ids, since tokens are not stored). {@code SESSION_NOT_FOUND} when it is not theirs.
   */
  Either<IdentityError, Void> revokeSession(UserId user, String tokenOrId);

  /** Revokes every session of the user except {@code keepSessionId}. */
  void revokeOtherSessions(UserId user, String keepSessionId);

  /** Revokes every session of the user. */
  void revokeAllSessions(UserId user);

  /** Deletes every expired session and verification; how many rows went. */
  int purgeExpired();
}
