package io.dbkeep.bootstrap;

import io.dbkeep.adapter.in.web.auth.AuthSettings;
import io.dbkeep.adapter.in.web.auth.IdentityUseCases;
import io.dbkeep.adapter.in.web.auth.IdentityWeb;
import io.dbkeep.adapter.out.mail.LoggingMailSender;
import io.dbkeep.adapter.out.mail.SmtpMailSender;
import io.dbkeep.adapter.out.oauth.NimbusOAuthProviders;
import io.dbkeep.adapter.out.persistence.PostgresPersistence;
import io.dbkeep.adapter.out.security.Argon2PasswordHasher;
import io.dbkeep.adapter.out.security.SecureRandomTokenGenerator;
import io.dbkeep.application.port.in.identity.BootstrapAdminsUseCase;
import io.dbkeep.application.port.in.identity.ManageSessionsUseCase;
import io.dbkeep.application.port.in.ratelimit.RateLimitUseCase;
import io.dbkeep.application.port.out.identity.AuthEvents;
import io.dbkeep.application.port.out.identity.MailSender;
import io.dbkeep.application.port.out.ratelimit.RateLimitPort;
import io.dbkeep.application.service.identity.AuthMailDeliveryService;
import io.dbkeep.application.service.ratelimit.RateLimitService;
import io.dbkeep.application.wiring.IdentityServices;
import io.dbkeep.bootstrap.config.IdentityConfig;
import io.dbkeep.domain.identity.IdentityPolicy;
import io.dbkeep.domain.identity.SessionPolicy;
import io.dbkeep.json.JsonCodec;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Identity, wired: the services over the store, the password hasher, tokens, mail and OAuth
 * adapters, and the HTTP side. Promotes {@code ADMIN_EMAILS}, sends queued mails from the outbox
 * (every half second). Expired sessions are purged by the periodic jobs ({@link BackgroundJobs}),
 * once per period across instances; rate limits count in the shared store behind {@link
 * RateLimitPort}. {@link AuthEvents} is the hook for sign-in metrics.
 */
final class IdentityWiring implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(IdentityWiring.class);

  /** How often the mail outbox is looked at. */
  private static final java.time.Duration MAIL_POLL = java.time.Duration.ofMillis(500);

  private final IdentityWeb web;
  private final BootstrapAdminsUseCase admins;
  private final ScheduledExecutorService purger;
  private final ManageSessionsUseCase sessions;
  private final RateLimitUseCase rateLimits;

  IdentityWiring(
      IdentityConfig config,
      PostgresPersistence persistence,
      JsonCodec codec,
      AuthEvents events,
      Clock clock) {
    if (config.secretGenerated()) {
      LOG.warn(
          "DBKEEP_SECRET is not set: generated a random secret for this process; sessions end"
              + " when it stops. Set DBKEEP_SECRET (32+ characters) to keep them.");
    }
    var policy =
        new IdentityPolicy(
            config.registrationEnabled(),
            config.requireEmailVerification(),
            config.adminEmails(),
            SessionPolicy.DEFAULT);
    var tokens = new SecureRandomTokenGenerator();
    var hasher = new Argon2PasswordHasher();
    MailSender mail =
        config
            .mail()
            .<MailSender>map(SmtpMailSender::new)
            .orElseGet(() -> new LoggingMailSender(config.production()));
    if (config.mail().isEmpty()) {
      LOG.info("SMTP_HOST is not set: mails are logged, not sent");
    }
    var oauth = new NimbusOAuthProviders(config.oauthProviders(), config.oauthTimeout(), clock);
    // each service is handed the narrow ports it names (IdentityServices); one adapter object
    // implements several
    var unitOfWork = persistence.unitOfWork();
    var users = persistence.users();
    var identity = persistence.identity();
    var outbox = persistence.mailOutbox();
    var services =
        new IdentityServices(
            unitOfWork, users, identity, outbox, policy, tokens, hasher, oauth, events, clock);
    this.admins = services.admins();
    var useCases =
        new IdentityUseCases(
            services.signUp(),
            services.signIn(),
            services.authenticate(),
            services.sessions(),
            services.passwordReset(),
            services.emailVerification(),
            services.accountSettings(),
            services.socialSignIn(),
            services.administration());
    this.sessions = services.sessions();
    this.rateLimits =
        new RateLimitService(
            unitOfWork,
            persistence.rateLimits(),
            config.rateLimit() <= 0
                ? Option.none()
                : Option.of(new RateLimitPort.Limit(config.rateLimit(), config.rateLimitWindow())),
            clock);
    this.web =
        new IdentityWeb(
            new AuthSettings(
                config.baseUrl(),
                config.secret(),
                config.guestMode(),
                config.trustedOrigins(),
                config.trustProxyHeaders()),
            codec,
            useCases,
            rateLimits);
    var promoted = admins.promoteConfiguredAdmins();
    if (promoted > 0) {
      LOG.info("Promoted {} account(s) listed in ADMIN_EMAILS to administrator", promoted);
    }
    this.purger =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              var thread = new Thread(runnable, "dbkeep-identity-jobs");
              thread.setDaemon(true);
              return thread;
            });
    // identity mails leave from the outbox, off the request thread; on several nodes each is
    // claimed by one of them (ADR 0051)
    var delivery =
        new AuthMailDeliveryService(
            unitOfWork, users, identity, policy, tokens, outbox, mail, clock);
    purger.scheduleWithFixedDelay(
        () -> {
          try {
            delivery.deliverDue();
          } catch (RuntimeException e) {
            LOG.warn("Could not work through the mail outbox: {}", e.getMessage());
          }
        },
        MAIL_POLL.toMillis(),
        MAIL_POLL.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  IdentityWeb web() {
    return web;
  }

  BootstrapAdminsUseCase admins() {
    return admins;
  }

  ManageSessionsUseCase sessions() {
    return sessions;
  }

  RateLimitUseCase rateLimits() {
    return rateLimits;
  }

  @Override
  public void close() {
    purger.shutdownNow();
  }
}
