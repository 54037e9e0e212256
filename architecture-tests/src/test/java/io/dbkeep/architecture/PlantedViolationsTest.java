package io.dbkeep.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule, run over the product's classes plus the planted violations in this module's test
 * sources, reports the violation planted for it, and only planted ones: so every rule can fail, and
 * the product passes it for a reason.
 */
class PlantedViolationsTest {

  private static JavaClasses productAndPlanted;

  @BeforeAll
  static void importClasses() {
    ImportOption productOrPlanted =
        (Location location) ->
            !location.contains("/test-classes/") || location.contains("/planted");
    productAndPlanted =
        new ClassFileImporter().withImportOption(productOrPlanted).importPackages("io.dbkeep");
  }

  static Stream<Arguments> rulesAndTheirPlantedViolations() {
    return Stream.of(
        Arguments.of(DbkeepRules.LAYERS_DEPEND_INWARD_ONLY, "PlantedDomainUsingApplication"),
        Arguments.of(DbkeepRules.LAYERS_DEPEND_INWARD_ONLY, "PlantedApplicationUsingAdapter"),
        Arguments.of(DbkeepRules.DOMAIN_DEPENDS_ONLY_ON_JAVA_AND_VAVR, "PlantedDomainUsingJackson"),
        Arguments.of(
            DbkeepRules.APPLICATION_DEPENDS_ONLY_ON_DOMAIN, "PlantedApplicationUsingAdapter"),
        Arguments.of(DbkeepRules.NO_FRAMEWORKS_IN_THE_CORE, "PlantedApplicationUsingJakarta"),
        Arguments.of(DbkeepRules.NO_FRAMEWORKS_IN_THE_CORE, "PlantedDomainUsingJackson"),
        Arguments.of(DbkeepRules.NO_FRAMEWORKS_IN_THE_CORE, "PlantedServiceHashingWithPassword4j"),
        Arguments.of(
            DbkeepRules.THE_SCHEMA_MODEL_DOES_NOT_DEPEND_ON_ITS_DIALECTS,
            "PlantedModelUsingDialect"),
        Arguments.of(
            DbkeepRules.ONLY_THE_DIALECTS_NAME_AN_ENGINE, "PlantedMigrationStepBranchingOnEngine"),
        Arguments.of(DbkeepRules.ONLY_THE_DIALECTS_NAME_AN_ENGINE, "PlantedRuleSwitchingOnEngine"),
        Arguments.of(
            DbkeepRules.ONLY_THE_DIALECTS_NAME_AN_ENGINE, "PlantedStudioWriterBranchingOnEngine"),
        Arguments.of(DbkeepRules.IN_PORTS_DO_NOT_USE_OUT_PORTS, "PlantedInPortUsingOutPort"),
        Arguments.of(DbkeepRules.OUT_PORTS_DO_NOT_USE_IN_PORTS, "PlantedOutPortUsingInPort"),
        Arguments.of(DbkeepRules.ADAPTERS_ARE_INDEPENDENT, "PlantedWebUsingPersistence"),
        Arguments.of(DbkeepRules.DOMAIN_FEATURES_ARE_FREE_OF_CYCLES, "PlantedCycleA"),
        Arguments.of(DbkeepRules.APPLICATION_FEATURES_ARE_FREE_OF_CYCLES, "PlantedCycleAService"),
        Arguments.of(DbkeepRules.ADAPTER_PACKAGES_ARE_FREE_OF_CYCLES, "PlantedCycleController"),
        Arguments.of(DbkeepRules.IN_PORTS_ARE_USE_CASES_QUERIES_OR_COMMANDS, "PlantedDoer"),
        Arguments.of(DbkeepRules.IN_PORT_USE_CASES_ARE_INTERFACES, "PlantedClassUseCase"),
        Arguments.of(
            DbkeepRules.OUT_PORTS_ARE_INTERFACES_OR_EXCEPTIONS, "PlantedPortImplementation"),
        Arguments.of(DbkeepRules.OUT_PORTS_ARE_INTERFACES_OR_EXCEPTIONS, "PlantedPortBundle"),
        Arguments.of(
            DbkeepRules.SERVICE_CONSTRUCTORS_TAKE_PORTS_NOT_SERVICES_OR_ADAPTERS,
            "PlantedServiceTakingAService"),
        Arguments.of(
            DbkeepRules.SERVICE_CONSTRUCTORS_TAKE_PORTS_NOT_SERVICES_OR_ADAPTERS,
            "PlantedServiceTakingAnAdapter"),
        Arguments.of(
            DbkeepRules.INBOUND_ADAPTERS_USE_ONLY_IN_PORTS_AND_THE_DOMAIN,
            "PlantedControllerUsingOutPort"),
        Arguments.of(
            DbkeepRules.THE_DOMAIN_DOES_NO_IO_REFLECTION_OR_THREADING, "PlantedDomainDoingIo"),
        Arguments.of(DbkeepRules.SERVICES_ARE_NAMED_SERVICE, "PlantedProjectsImpl"),
        Arguments.of(DbkeepRules.ENTITIES_ARE_NAMED_JPA_ENTITY, "PlantedEntity"),
        Arguments.of(DbkeepRules.ENTITIES_ARE_NAMED_JPA_ENTITY, "PlantedApplicationUsingJakarta"),
        Arguments.of(DbkeepRules.NO_VAGUE_CLASS_NAMES, "PlantedSchemaHelper"),
        Arguments.of(DbkeepRules.NO_VAGUE_CLASS_NAMES, "PlantedProjectsImpl"),
        Arguments.of(
            DbkeepRules.ONLY_THE_METRICS_ADAPTER_USES_MICROMETER, "PlantedTimedController"),
        Arguments.of(DbkeepRules.ONLY_OUTBOUND_ADAPTERS_TALK_JDBC, "PlantedSqlController"),
        Arguments.of(
            DbkeepRules.ONLY_THE_EMBEDDED_DATABASE_ADAPTER_USES_ZONKY,
            "PlantedEmbeddedDatabaseStarter"));
  }

  @ParameterizedTest(name = "{0} catches {1}")
  @MethodSource("rulesAndTheirPlantedViolations")
  void theRuleCatchesItsPlantedViolationAndNothingElse(ArchRule rule, String planted) {
    var result = rule.evaluate(productAndPlanted);

    assertThat(result.hasViolation()).as("the rule reports a violation").isTrue();
    var details = result.getFailureReport().getDetails();
    assertThat(details).anySatisfy(detail -> assertThat(detail).contains(planted));
    assertThat(details)
        .as("only planted classes violate the rule")
        .allSatisfy(detail -> assertThat(detail).containsIgnoringCase("planted"));
  }
}
