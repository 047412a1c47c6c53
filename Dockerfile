# ---- build ----
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
# The POM alone first: dependencies land in their own layer and are only
# downloaded again when pom.xml changes, not on every source edit.
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
# The POM packs these into the jar (Flyway migrations, seed data): without them
# the build still succeeds but the app has no schema.
COPY sql ./sql
COPY data ./data
# The glob takes target/sit.jar (finalName sit) as well as
# target/sit-<version>.jar; Spring Boot's repackaged original is *.jar.original,
# so the glob still matches one file, and cp fails loudly if it ever matches more.
RUN mvn -B -q -DskipTests package \
 && cp target/sit*.jar /build/sit.jar

# ---- run ----
FROM eclipse-temurin:17-jre
# Not root at run time; /app stays writable for data the app keeps there.
RUN useradd --system --home-dir /app --shell /usr/sbin/nologin sit \
 && mkdir -p /app \
 && chown sit:sit /app
WORKDIR /app
COPY --from=build /build/sit.jar /app/sit.jar
USER sit
EXPOSE 8080
# The heap and collector that kept a national portfolio under 1 GB resident (README, "Memory").
ENTRYPOINT ["java","-Xmx640m","-XX:+UseParallelGC","-jar","/app/sit.jar"]
