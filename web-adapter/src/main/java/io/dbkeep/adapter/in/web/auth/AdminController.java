package io.dbkeep.adapter.in.web.auth;

import static io.dbkeep.adapter.in.web.auth.AuthRequests.MAX_TEXT;
import static io.dbkeep.adapter.in.web.auth.AuthRequests.PREFIX;

import io.dbkeep.domain.user.Role;
import io.dbkeep.domain.user.UserId;
import io.dbkeep.domain.user.UserQuery;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.vavr.control.Option;
import java.time.Duration;

/**
 * Better Auth's admin plugin: listing users, roles, bans, a user's sessions, removal. Every route
 * answers 403 {@code YOU_ARE_NOT_ALLOWED_TO_…} unless the caller is an administrator.
 */
final class AdminController extends AuthConcern {

  AdminController(AuthRequests http) {
    super(http);
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get(PREFIX + "/admin/list-users", this::listUsers);
    routes.post(PREFIX + "/admin/set-role", this::setRole);
    routes.post(PREFIX + "/admin/ban-user", this::banUser);
    routes.post(PREFIX + "/admin/unban-user", this::unbanUser);
    routes.post(PREFIX + "/admin/list-user-sessions", this::listUserSessions);
    routes.post(PREFIX + "/admin/revoke-user-sessions", this::revokeUserSessions);
    routes.post(PREFIX + "/admin/remove-user", this::removeUser);
  }

  private void listUsers(Context ctx) {
    var active = http.requireSession(ctx);
    var query = userQuery(ctx);
    var page =
        AuthRequests.orFail(
            useCases.administration().listUsers(active.user().id(), query),
            "YOU_ARE_NOT_ALLOWED_TO_LIST_USERS",
            "You are not allowed to list users");
    ctx.json(
        new AuthJson.UserList(
            page.users().stream().map(AuthJson.UserJson::from).toList(),
            page.total(),
            query.limit(),
            query.offset()));
  }

  private void setRole(Context ctx) {
    var active = http.requireSession(ctx);
    var body = AuthBody.of(ctx, codec);
    var target = userId(body);
    var roleText = body.requiredString("role", MAX_TEXT);
    var role =
        Role.parse(roleText)
            .getOrElseThrow(
                () ->
                    new AuthApiException(
                        400,
                        "YOU_ARE_NOT_ALLOWED_TO_SET_NON_EXISTENT_VALUE",
                        "role must be user or admin"));
    var user =
        AuthRequests.orFail(
            useCases.administration().setRole(active.user().id(), target, role),
            "YOU_ARE_NOT_ALLOWED_TO_CHANGE_USERS_ROLE",
            "You are not allowed to change users role");
    ctx.json(new AuthJson.OneUser(AuthJson.UserJson.from(user)));
  }

  private void banUser(Context ctx) {
    var active = http.requireSession(ctx);
    var body = AuthBody.of(ctx, codec);
    var target = userId(body);
    var reason = body.optionalString("banReason", 500);
    var expiresIn =
        body.optionalWholeNumber("banExpiresIn", 1, 100L * 365 * 24 * 3600)
            .map(Duration::ofSeconds);
    var user =
        AuthRequests.orFail(
            useCases.administration().banUser(active.user().id(), target, reason, expiresIn),
            "YOU_ARE_NOT_ALLOWED_TO_BAN_USERS",
            "You are not allowed to ban users");
    ctx.json(new AuthJson.OneUser(AuthJson.UserJson.from(user)));
  }

  private void unbanUser(Context ctx) {
    var active = http.requireSession(ctx);
    var target = userId(AuthBody.of(ctx, codec));
    var user =
        AuthRequests.orFail(
            useCases.administration().unbanUser(active.user().id(), target),
            "YOU_ARE_NOT_ALLOWED_TO_BAN_USERS",
            "You are not allowed to ban users");
    ctx.json(new AuthJson.OneUser(AuthJson.UserJson.from(user)));
  }

  private void listUserSessions(Context ctx) {
    var active = http.requireSession(ctx);
    var target = userId(AuthBody.of(ctx, codec));
    var found =
        AuthRequests.orFail(
            useCases.administration().listUserSessions(active.user().id(), target),
            "YOU_ARE_NOT_ALLOWED_TO_LIST_USERS_SESSIONS",
            "You are not allowed to list users sessions");
    ctx.json(
        new AuthJson.SessionList(
            found.stream().map(s -> AuthJson.SessionJson.from(s, s.id())).toList()));
  }

  private void revokeUserSessions(Context ctx) {
    var active = http.requireSession(ctx);
    var target = userId(AuthBody.of(ctx, codec));
    AuthRequests.orFail(
        useCases.administration().revokeUserSessions(active.user().id(), target),
        "YOU_ARE_NOT_ALLOWED_TO_REVOKE_USERS_SESSIONS",
        "You are not allowed to revoke users sessions");
    ctx.json(new AuthJson.Success(true));
  }

  private void removeUser(Context ctx) {
    var active = http.requireSession(ctx);
    var target = userId(AuthBody.of(ctx, codec));
    AuthRequests.orFail(
        useCases.administration().removeUser(active.user().id(), target),
        "YOU_ARE_NOT_ALLOWED_TO_DELETE_USERS",
        "You are not allowed to delete users");
    ctx.json(new AuthJson.Success(true));
  }

  private UserQuery userQuery(Context ctx) {
    var search = Option.of(ctx.queryParam("searchValue")).filter(v -> !v.isEmpty());
    if (search.exists(v -> v.length() > MAX_TEXT)) {
      throw AuthErrors.invalid("searchValue must be at most " + MAX_TEXT + " characters");
    }
    var field =
        choice(ctx, "searchField", "email", UserQuery.Field.EMAIL, "name", UserQuery.Field.NAME);
    var operator =
        switch (Option.of(ctx.queryParam("searchOperator")).getOrElse("contains")) {
          case "contains" -> UserQuery.Operator.CONTAINS;
          case "starts_with" -> UserQuery.Operator.STARTS_WITH;
          case "ends_with" -> UserQuery.Operator.ENDS_WITH;
          default ->
              throw AuthErrors.invalid("searchOperator must be contains, starts_with or ends_with");
        };
    var sortBy =
        switch (Option.of(ctx.queryParam("sortBy")).getOrElse("createdAt")) {
          case "createdAt" -> UserQuery.Field.CREATED_AT;
          case "email" -> UserQuery.Field.EMAIL;
          case "name" -> UserQuery.Field.NAME;
          default -> throw AuthErrors.invalid("sortBy must be createdAt, email or name");
        };
    var descending =
        switch (Option.of(ctx.queryParam("sortDirection")).getOrElse("asc")) {
          case "asc" -> false;
          case "desc" -> true;
          default -> throw AuthErrors.invalid("sortDirection must be asc or desc");
        };
    var limit = number(ctx, "limit", 100, 1, UserQuery.MAX_LIMIT);
    var offset = number(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    return new UserQuery(search, field, operator, sortBy, descending, limit, offset);
  }

  private static UserQuery.Field choice(
      Context ctx, String name, String a, UserQuery.Field fa, String b, UserQuery.Field fb) {
    var value = Option.of(ctx.queryParam(name)).getOrElse(a);
    if (value.equals(a)) {
      return fa;
    }
    if (value.equals(b)) {
      return fb;
    }
    throw AuthErrors.invalid(name + " must be " + a + " or " + b);
  }

  private static int number(Context ctx, String name, int fallback, int min, int max) {
    var raw = ctx.queryParam(name);
    if (raw == null || raw.isEmpty()) {
      return fallback;
    }
    try {
      var value = Integer.parseInt(raw);
      if (value < min || value > max) {
        throw AuthErrors.invalid(name + " must be from " + min + " to " + max);
      }
      return value;
    } catch (NumberFormatException e) {
      throw AuthErrors.invalid(name + " must be a whole number");
    }
  }

  private static UserId userId(AuthBody body) {
    var raw = body.requiredString("userId", 255);
    if (raw.isBlank()) {
      throw AuthErrors.invalid("userId must not be blank");
    }
    return new UserId(raw);
  }
}
