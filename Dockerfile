# DBKeep's container image. Build it from the repository root:
#   docker build -t dbkeep .
# Stage 1 builds with Maven exactly as the README's "build and run" does; stage 2 runs the one
# executable jar on a JRE as a non-root user. No Docker engine was available where this file was
# written: its build steps are checked against the README by ContainerFilesTest, and the
# entrypoint is tested by running it directly (EntrypointIT).

FROM maven:3.9-eclipse-temurin-17 AS build
# The web-ui module is built by Maven with npm (Vite 8 needs Node 20.19 or newer): Node and npm
# come from the official Node image.
COPY --from=node:20-bookworm-slim /usr/local/bin/node /usr/local/bin/node
COPY --from=node:20-bookworm-slim /usr/local/lib/node_modules/npm /usr/local/lib/node_modules/npm
RUN ln -s /usr/local/lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
 && node --version && npm --version
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 mvn -B package -DskipTests

FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 dbkeep \
 && useradd --system --uid 10001 --gid dbkeep --home-dir /app --shell /usr/sbin/nologin dbkeep \
 && mkdir -p /app/backups \
 && chown dbkeep:dbkeep /app/backups
WORKDIR /app
COPY --from=build /src/bootstrap/target/dbkeep.jar /app/dbkeep.jar
COPY --chmod=0755 docker/entrypoint.sh /app/entrypoint.sh
ENV HOST=0.0.0.0 \
    PORT=8080 \
    BACKUP_DIR=/app/backups \
    LOG_FORMAT=json
USER 10001:10001
EXPOSE 8080
VOLUME ["/app/backups"]
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["/app/entrypoint.sh", "healthcheck"]
ENTRYPOINT ["/app/entrypoint.sh"]
CMD ["serve"]
