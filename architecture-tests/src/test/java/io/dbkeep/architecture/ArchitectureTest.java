package io.dbkeep.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The product's classes (every module, tests excluded) obey every rule. */
@AnalyzeClasses(packages = "io.dbkeep", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest static final ArchRule dependenciesPointInward = DbkeepRules.LAYERS_DEPEND_INWARD_ONLY;

  @ArchTest
  static final ArchRule theDomainDependsOnlyOnJavaAndVavr =
      DbkeepRules.DOMAIN_DEPENDS_ONLY_ON_JAVA_AND_VAVR;

  @ArchTest
  static final ArchRule theApplicationDependsOnlyOnTheDomain =
      DbkeepRules.APPLICATION_DEPENDS_ONLY_ON_DOMAIN;

  @ArchTest static final ArchRule noFrameworkEntersTheCore = DbkeepRules.NO_FRAMEWORKS_IN_THE_CORE;

  @ArchTest
  static final ArchRule theSchemaModelDoesNotDependOnItsDialects =
      DbkeepRules.THE_SCHEMA_MODEL_DOES_NOT_DEPEND_ON_ITS_DIALECTS;

  @ArchTest
  static final ArchRule onlyTheDialectsNameAnEngine = DbkeepRules.ONLY_THE_DIALECTS_NAME_AN_ENGINE;

  @ArchTest
  static final ArchRule inPortsDoNotUseOutPorts = DbkeepRules.IN_PORTS_DO_NOT_USE_OUT_PORTS;

  @ArchTest
  static final ArchRule outPortsDoNotUseInPorts = DbkeepRules.OUT_PORTS_DO_NOT_USE_IN_PORTS;

  @ArchTest static final ArchRule adaptersAreIndependent = DbkeepRules.ADAPTERS_ARE_INDEPENDENT;

  @ArchTest
  static final ArchRule domainFeaturesAreFreeOfCycles =
      DbkeepRules.DOMAIN_FEATURES_ARE_FREE_OF_CYCLES;

  @ArchTest
  static final ArchRule applicationFeaturesAreFreeOfCycles =
      DbkeepRules.APPLICATION_FEATURES_ARE_FREE_OF_CYCLES;

  @ArchTest
  static final ArchRule adapterPackagesAreFreeOfCycles =
      DbkeepRules.ADAPTER_PACKAGES_ARE_FREE_OF_CYCLES;

  @ArchTest
  static final ArchRule inPortsAreUseCasesQueriesOrCommands =
      DbkeepRules.IN_PORTS_ARE_USE_CASES_QUERIES_OR_COMMANDS;

  @ArchTest
  static final ArchRule useCasesAreInterfaces = DbkeepRules.IN_PORT_USE_CASES_ARE_INTERFACES;

  @ArchTest
  static final ArchRule outPortsAreInterfaces = DbkeepRules.OUT_PORTS_ARE_INTERFACES_OR_EXCEPTIONS;

  @ArchTest
  static final ArchRule serviceConstructorsTakePortsNotServicesOrAdapters =
      DbkeepRules.SERVICE_CONSTRUCTORS_TAKE_PORTS_NOT_SERVICES_OR_ADAPTERS;

  @ArchTest
  static final ArchRule inboundAdaptersUseOnlyInPortsAndTheDomain =
      DbkeepRules.INBOUND_ADAPTERS_USE_ONLY_IN_PORTS_AND_THE_DOMAIN;

  @ArchTest
  static final ArchRule theDomainDoesNoIoReflectionOrThreading =
      DbkeepRules.THE_DOMAIN_DOES_NO_IO_REFLECTION_OR_THREADING;

  @ArchTest static final ArchRule servicesAreNamedService = DbkeepRules.SERVICES_ARE_NAMED_SERVICE;

  @ArchTest
  static final ArchRule entitiesAreNamedJpaEntity = DbkeepRules.ENTITIES_ARE_NAMED_JPA_ENTITY;

  @ArchTest static final ArchRule noVagueClassNames = DbkeepRules.NO_VAGUE_CLASS_NAMES;

  @ArchTest
  static final ArchRule onlyTheMetricsAdapterUsesMicrometer =
      DbkeepRules.ONLY_THE_METRICS_ADAPTER_USES_MICROMETER;

  @ArchTest
  static final ArchRule onlyTheEmbeddedDatabaseAdapterUsesZonky =
      DbkeepRules.ONLY_THE_EMBEDDED_DATABASE_ADAPTER_USES_ZONKY;

  @ArchTest
  static final ArchRule onlyOutboundAdaptersTalkJdbc = DbkeepRules.ONLY_OUTBOUND_ADAPTERS_TALK_JDBC;
}
