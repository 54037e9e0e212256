package io.dbkeep.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

/** The logging the server starts with, configured in code (ADR 0134). */
class LogConfigurationTest {

  @Test
  void logbackFindsItAsAService() {
    assertThat(ServiceLoader.load(Configurator.class).stream().map(ServiceLoader.Provider::type))
        .contains(LogConfiguration.class);
  }

  @Test
  void textOnStandardOutputAtInfoWithTheLibrariesAtWarnByDefault() {
    var context = new LoggerContext();
    LogConfiguration.apply(context, name -> null, Map.of());

    var root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    assertThat(root.getLevel()).isEqualTo(Level.INFO);
    var appender = (ConsoleAppender<ILoggingEvent>) root.getAppender("text");
    assertThat(appender).isNotNull();
    assertThat(appender.isStarted()).isTrue();
    assertThat(appender.getTarget()).isEqualTo("System.out");
    assertThat(((PatternLayoutEncoder) appender.getEncoder()).getPattern())
        .isEqualTo(LogConfiguration.TEXT_PATTERN);
    for (var library : LogConfiguration.QUIET_LIBRARIES) {
      assertThat(context.getLogger(library).getLevel()).as(library).isEqualTo(Level.WARN);
    }
    assertThat(context.getLogger("org.hibernate.SQL").getEffectiveLevel()).isEqualTo(Level.WARN);
    assertThat(context.getLogger("io.dbkeep.bootstrap").getEffectiveLevel()).isEqualTo(Level.INFO);
  }

  @Test
  void jsonOnStandardErrorAtTheLevelAsked() {
    var context = new LoggerContext();
    var properties = Map.of("dbkeep.log.format", "json", "dbkeep.log.target", "System.err");
    LogConfiguration.apply(context, properties::get, Map.of("LOG_LEVEL", "debug"));

    var root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    assertThat(root.getLevel()).isEqualTo(Level.DEBUG);
    var appender = (ConsoleAppender<ILoggingEvent>) root.getAppender("json");
    assertThat(appender.getTarget()).isEqualTo("System.err");
    assertThat(appender.getEncoder()).isInstanceOf(JsonEncoder.class);
    assertThat(root.getAppender("text")).isNull();
  }

  @Test
  void aSystemPropertyLevelWinsOverTheEnvironmentAsInTheXmlItReplaced() {
    var context = new LoggerContext();
    var properties = Map.of("LOG_LEVEL", "WARN");
    LogConfiguration.apply(context, properties::get, Map.of("LOG_LEVEL", "DEBUG"));

    assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.WARN);
  }
}
