package io.dbkeep.bootstrap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The server's and the commands' logging, configured in code (found by Logback through {@code
 * META-INF/services/ch.qos.logback.classic.spi.Configurator}): one console appender on standard
 * output or error ({@code dbkeep.log.target}, set by {@link Main}), as text or as one JSON object
 * per line ({@code dbkeep.log.format}, from {@code LOG_FORMAT}); the root level from {@code
 * LOG_LEVEL} (default INFO); the libraries' own chatter at WARN. The XML file it replaces made
 * Logback load its XML reader and configuration interpreter (about 600 classes) on every start (ADR
 * 0134). A configuration file of the operator's own ({@code -Dlogback.configurationFile=…}) is
 * still read instead.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogConfiguration extends ContextAwareBase implements Configurator {

  /** The text lines' layout: time with offset, level, thread, logger, message. */
  static final String TEXT_PATTERN =
      "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{36} - %msg%n";

  /** Libraries whose INFO lines say nothing an operator needs (our adapters say what matters). */
  static final List<String> QUIET_LIBRARIES =
      List.of(
          "org.hibernate",
          "com.zaxxer.hikari",
          "org.flywaydb",
          "org.eclipse.jetty",
          "io.javalin",
          "io.zonky");

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    if (System.getProperty("logback.configurationFile") != null) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY; // the operator's own file
    }
    apply(context, System.getProperties()::getProperty, System.getenv());
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  /**
   * Configures {@code context} from the system properties and the environment given.
   *
   * @param property reads {@code dbkeep.log.format} and {@code dbkeep.log.target}
   */
  static void apply(
      LoggerContext context,
      java.util.function.Function<String, String> property,
      Map<String, String> environment) {
    var appender = new ConsoleAppender<ILoggingEvent>();
    appender.setContext(context);
    var json = "json".equals(property.apply("dbkeep.log.format"));
    appender.setName(json ? "json" : "text");
    appender.setTarget(
        Optional.ofNullable(property.apply("dbkeep.log.target")).orElse("System.out"));
    appender.setEncoder(json ? jsonEncoder(context) : textEncoder(context));
    appender.start();

    var root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.setLevel(
        Level.toLevel(
            Optional.ofNullable(property.apply("LOG_LEVEL"))
                .or(() -> Optional.ofNullable(environment.get("LOG_LEVEL")))
                .orElse("INFO"),
            Level.DEBUG));
    root.addAppender(appender);
    for (var library : QUIET_LIBRARIES) {
      context.getLogger(library).setLevel(Level.WARN);
    }
  }

  private static Encoder<ILoggingEvent> textEncoder(LoggerContext context) {
    var encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(TEXT_PATTERN);
    encoder.start();
    return encoder;
  }

  /**
   * One JSON object per line: timestamp, level, threadName, loggerName, mdc (requestId), kvpList
   * (method, path, route, status, durationMs, requestId for request lines), formattedMessage,
   * throwable.
   */
  private static Encoder<ILoggingEvent> jsonEncoder(LoggerContext context) {
    var encoder = new JsonEncoder();
    encoder.setContext(context);
    encoder.setWithSequenceNumber(false);
    encoder.setWithNanoseconds(false);
    encoder.setWithContext(false);
    encoder.setWithArguments(false);
    encoder.setWithMessage(false);
    encoder.setWithFormattedMessage(true);
    encoder.start();
    return encoder;
  }
}
