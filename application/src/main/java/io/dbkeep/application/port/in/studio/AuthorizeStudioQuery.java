package io.dbkeep.application.port.in.studio;

import io.dbkeep.domain.user.UserId;

/**
 * Whether a user may use the server's Studio: an existing, unbanned user with the admin role. The
 * built-in guest never may.
 */
public interface AuthorizeStudioQuery {

  boolean mayUseStudio(UserId user);
}
