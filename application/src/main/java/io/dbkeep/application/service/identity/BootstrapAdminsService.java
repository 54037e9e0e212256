package io.dbkeep.application.service.identity;

import io.dbkeep.application.port.in.identity.BootstrapAdminsUseCase;
import io.dbkeep.application.port.out.identity.PasswordHasher;
import io.dbkeep.application.port.out.identity.SaveAccountPort;
import io.dbkeep.application.port.out.identity.TokenGenerator;
import io.dbkeep.application.port.out.transaction.UnitOfWork;
import io.dbkeep.application.port.out.user.LoadUserPort;
import io.dbkeep.application.port.out.user.SaveUserPort;
import io.dbkeep.domain.identity.Account;
import io.dbkeep.domain.identity.IdentityError;
import io.dbkeep.domain.identity.IdentityError.Code;
import io.dbkeep.domain.identity.IdentityPolicy;
import io.dbkeep.domain.identity.Password;
import io.dbkeep.domain.user.Email;
import io.dbkeep.domain.user.Role;
import io.dbkeep.domain.user.User;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;

public final class BootstrapAdminsService implements BootstrapAdminsUseCase {

  private final IdentityContext context;
  private final UnitOfWork unitOfWork;
  private final LoadUserPort loadUser;
  private final SaveUserPort saveUser;
  private final SaveAccountPort saveAccount;
  private final PasswordHasher hasher;

  public BootstrapAdminsService(
      UnitOfWork unitOfWork,
      LoadUserPort loadUser,
      SaveUserPort saveUser,
      SaveAccountPort saveAccount,
      IdentityPolicy policy,
      TokenGenerator tokens,
      PasswordHasher hasher,
      Clock clock) {
    this.context = new IdentityContext(policy, tokens, clock);
    this.unitOfWork = unitOfWork;
    this.loadUser = loadUser;
    this.saveUser = saveUser;
    this.saveAccount = saveAccount;
    this.hasher = hasher;
  }

  @Override
  public Either<IdentityError, Outcome> createAdmin(String name, String email, String password) {
    if (!User.isValidName(name == null ? null : name.strip())) {
      return Either.left(
          IdentityError.of(Code.VALIDATION_ERROR, "name must be 1 to 200 characters"));
    }
    var address = Email.parse(email);
    if (address.isEmpty()) {
      return Either.left(IdentityError.of(Code.INVALID_EMAIL));
    }
    var checked = Password.of(password);
    if (checked.isLeft()) {
      return Either.left(checked.getLeft());
    }
    var hash = hasher.hash(checked.get());
    return unitOfWork.inTransaction(
        () -> {
          var existing = loadUser.loadByEmail(address.get());
          if (existing.isDefined()) {
            var user = existing.get();
            if (!user.isAdmin()) {
              user = user.withRole(Role.ADMIN, context.now());
              saveUser.update(user);
            }
            return Either.right(new Outcome(user, false));
          }
          var user =
              context
                  .newUser(name.strip(), address.get(), true, Option.none())
                  .withRole(Role.ADMIN, context.now());
          saveUser.insertIfEmailFree(user);
          saveAccount.insert(
              Account.credential(context.tokens.newId(), user.id(), hash, user.createdAt()));
          return Either.right(new Outcome(user, true));
        });
  }

  @Override
  public int promoteConfiguredAdmins() {
    return unitOfWork
        .<RuntimeException, Integer>inTransaction(
            () -> {
              var promoted = 0;
              for (var email : context.policy.adminEmails()) {
                // only a verified address confers the role: anyone may sign up with any address
                var user = loadUser.loadByEmail(email);
                if (user.isDefined() && context.policy.confersAdmin(user.get())) {
                  saveUser.update(user.get().withRole(Role.ADMIN, context.now()));
                  promoted++;
                }
              }
              return Either.right(promoted);
            })
        .get();
  }
}
