# syntax=docker/dockerfile:1
# ---------------------------------------------------------------------------------------------------------------
# notification-service, JVM image. Build from the repository root, after packaging the service:
#
#   mvn -B package -Ppostgres -DskipTests -pl notification-service -am
#   docker build -f deploy/docker/notification-service.Dockerfile -t remit/notification-service:latest .
#
# The database kind is fixed when Quarkus builds the service: a plain "mvn package" builds for H2 (local runs and
# tests only); an image meant for PostgreSQL must be packaged with -Ppostgres. URL and credentials stay runtime
# configuration (QUARKUS_DATASOURCE_JDBC_URL, QUARKUS_DATASOURCE_USERNAME, QUARKUS_DATASOURCE_PASSWORD).
# Only the packaged service is sent to the build (notification-service.Dockerfile.dockerignore, read by BuildKit).
# ---------------------------------------------------------------------------------------------------------------
FROM eclipse-temurin:17-jre

RUN groupadd --system --gid 10001 remit \
 && useradd --system --uid 10001 --gid remit --home-dir /deployments --no-create-home --shell /usr/sbin/nologin remit

WORKDIR /deployments

# The Quarkus fast-jar layout, least often changed layer first: dependencies, then the application, then the
# generated bootstrap. Files stay owned by root: the service only reads them.
COPY notification-service/target/quarkus-app/lib/ /deployments/lib/
COPY notification-service/target/quarkus-app/*.jar /deployments/
COPY notification-service/target/quarkus-app/app/ /deployments/app/
COPY notification-service/target/quarkus-app/quarkus/ /deployments/quarkus/

USER 10001:10001

EXPOSE 8083

# The options of deploy/jvm-options (a test keeps them in step), plus JBoss log manager for JUL. Override JAVA_OPTS
# as a whole (keep the heap well under the container's memory limit).
ENV JAVA_OPTS="-Xms64m -Xmx128m -XX:+UseSerialGC -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=96m -Xss512k -XX:TrimNativeHeapInterval=5000 -XX:+ExitOnOutOfMemoryError -Djava.util.logging.manager=org.jboss.logmanager.LogManager"

# exec: java becomes PID 1 and receives SIGTERM, so a stopping instance hands back its outbox relay lease.
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar quarkus-run.jar"]
