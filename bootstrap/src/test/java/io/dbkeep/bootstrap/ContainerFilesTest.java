package io.dbkeep.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No Docker engine runs here, so the container files are checked against what is tested: the
 * Dockerfile builds with the README's command and copies the jar that command produces, runs as a
 * non-root user on the Java release the code targets, and checks health with the entrypoint script
 * (which {@code EntrypointIT} runs); compose.yaml pairs it with PostgreSQL 17.
 */
class ContainerFilesTest {

  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  private static String read(String file) throws IOException {
    return Files.readString(ROOT.resolve(file));
  }

  private static List<String> instructions(String dockerfile) {
    // join continuation lines, drop comments
    return List.of(dockerfile.replaceAll("\\\\\\R\\s*", " ").split("\\R")).stream()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
  }

  @Test
  void theDockerfileBuildsWithTheReadmesCommandAndCopiesTheJarItProduces() throws IOException {
    var dockerfile = instructions(read("Dockerfile"));
    var readme = read("README.md");

    var builds =
        dockerfile.stream()
            .filter(l -> l.startsWith("RUN ") && l.contains("mvn "))
            .map(l -> l.replaceFirst("^RUN (--\\S+ )*", ""))
            .toList();
    assertThat(builds).singleElement();
    var build = builds.get(0);
    assertThat(readme).as("the README's build command").contains(build);
    assertThat(build).doesNotContain("install");

    var pom = read("bootstrap/pom.xml");
    assertThat(pom).contains("<finalName>dbkeep</finalName>");
    assertThat(dockerfile)
        .anySatisfy(
            l -> assertThat(l).startsWith("COPY --from=build /src/bootstrap/target/dbkeep.jar "));
    assertThat(readme).contains("bootstrap/target/dbkeep.jar");
  }

  @Test
  void theBuildStageHasNodeAndNpmWhenAModuleBuildsWithNpm() throws IOException {
    var modulesWithNpm =
        read("pom.xml")
            .lines()
            .map(String::strip)
            .filter(l -> l.startsWith("<module>"))
            .map(l -> l.replace("<module>", "").replace("</module>", ""))
            .filter(module -> Files.exists(ROOT.resolve(module).resolve("package.json")))
            .toList();
    var dockerfile = instructions(read("Dockerfile"));
    var buildStage =
        dockerfile.subList(
            0,
            dockerfile.indexOf(
                dockerfile.stream().filter(l -> l.startsWith("FROM ")).skip(1).findFirst().get()));

    assertThat(modulesWithNpm).as("modules built with npm").contains("web-ui");
    assertThat(buildStage)
        .anySatisfy(l -> assertThat(l).startsWith("COPY --from=node:").contains("/bin/node"))
        .anySatisfy(l -> assertThat(l).contains("/usr/local/bin/npm"));
  }

  @Test
  void theImageRunsOnTheTargetedJreAsANonRootUserWithAHealthCheck() throws IOException {
    var dockerfile = instructions(read("Dockerfile"));
    var release =
        Pattern.compile("<maven.compiler.release>(\\d+)</maven.compiler.release>")
            .matcher(read("pom.xml"));
    assertThat(release.find()).isTrue();
    var java = release.group(1);

    var froms = dockerfile.stream().filter(l -> l.startsWith("FROM ")).toList();
    assertThat(froms).hasSize(2);
    assertThat(froms.get(0)).contains("maven:").contains("temurin-" + java).endsWith(" AS build");
    assertThat(froms.get(1)).isEqualTo("FROM eclipse-temurin:" + java + "-jre");

    var users = dockerfile.stream().filter(l -> l.startsWith("USER ")).toList();
    assertThat(users)
        .singleElement()
        .asString()
        .doesNotContain("root")
        .doesNotMatch("USER 0(:.*)?");
    assertThat(dockerfile)
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("HEALTHCHECK ")
                    .endsWith("[\"/app/entrypoint.sh\", \"healthcheck\"]"));
    assertThat(dockerfile).contains("ENTRYPOINT [\"/app/entrypoint.sh\"]", "EXPOSE 8080");
    assertThat(dockerfile)
        .anySatisfy(l -> assertThat(l).contains("docker/entrypoint.sh /app/entrypoint.sh"));
    assertThat(Files.isExecutable(ROOT.resolve("docker/entrypoint.sh"))).isTrue();
  }

  @Test
  void composeRunsTheAppWithPostgres17AndTheOperationsGuideSaysHow() throws IOException {
    var compose = read("compose.yaml");
    assertThat(compose)
        .contains("image: postgres:17")
        .contains("condition: service_healthy")
        .contains(
            "DATABASE_URL: postgresql://dbkeep:${POSTGRES_PASSWORD:-change-me}@db:5432/dbkeep")
        .contains("build: .");
    var operations = read("docs/operations.md");
    assertThat(operations)
        .contains("docker build -t dbkeep .")
        .contains("docker compose up --build")
        .contains("No Docker engine");
  }
}
