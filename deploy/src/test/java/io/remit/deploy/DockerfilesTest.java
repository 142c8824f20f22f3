package io.remit.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The JVM images: one Dockerfile per service, built from the repository root after "mvn package -Ppostgres". */
class DockerfilesTest {

    static List<String> serviceNames() {
        return RemitService.NAMES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("serviceNames")
    void startsFromAJavaRuntimeImage(String name) {
        List<Instruction> instructions = instructionsOf(name);
        assertThat(instructions).as("instructions of %s", name).isNotEmpty();
        List<Instruction> froms = instructions.stream().filter(i -> i.is("FROM")).toList();
        assertThat(froms).as("FROM in %s", name).hasSize(1);
        assertThat(froms.get(0).arguments()).as("base image of %s", name).startsWith("eclipse-temurin:17-jre");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("serviceNames")
    void copiesTheQuarkusFastJarLayoutOfItsOwnModule(String name) {
        List<String> copied = instructionsOf(name).stream().filter(i -> i.is("COPY"))
                .map(Instruction::arguments).toList();
        String app = name + "/target/quarkus-app/";
        assertThat(copied).as("COPY instructions of %s", name).anySatisfy(c -> assertThat(c).startsWith(app + "lib/"))
                .anySatisfy(c -> assertThat(c).startsWith(app + "app/"))
                .anySatisfy(c -> assertThat(c).startsWith(app + "quarkus/"))
                .anySatisfy(c -> assertThat(c).matches(Pattern.quote(app) + "(\\*\\.jar|quarkus-run\\.jar) .*"));
        assertThat(copied).as("%s copies nothing of another module", name)
                .allSatisfy(c -> assertThat(c).startsWith(app));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("serviceNames")
    void runsAsANonRootUser(String name) {
        List<Instruction> instructions = instructionsOf(name);
        List<Instruction> users = instructions.stream().filter(i -> i.is("USER")).toList();
        assertThat(users).as("USER in %s", name).isNotEmpty();
        String user = users.get(users.size() - 1).arguments().split(":")[0];
        assertThat(user).as("the user %s runs as", name).isNotIn("root", "0");
        assertThat(instructions.indexOf(users.get(users.size() - 1)))
                .as("USER comes before ENTRYPOINT").isLessThan(indexOf(instructions, "ENTRYPOINT"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("serviceNames")
    void exposesTheServicePort(String name) {
        int port = RemitService.named(name).port();
        List<String> exposed = new ArrayList<>();
        instructionsOf(name).stream().filter(i -> i.is("EXPOSE"))
                .forEach(i -> exposed.addAll(List.of(i.arguments().split("\\s+"))));
        assertThat(exposed).as("EXPOSE of %s", name).containsExactly(String.valueOf(port));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("serviceNames")
    void startsQuarkusWithTheJvmOptionsOfDeployJvmOptions(String name) {
        List<Instruction> instructions = instructionsOf(name);
        List<String> javaOpts = instructions.stream().filter(i -> i.is("ENV") && i.arguments().startsWith("JAVA_OPTS="))
                .map(Instruction::arguments).toList();
        assertThat(javaOpts).as("ENV JAVA_OPTS of %s", name).singleElement().asString().contains("-Xmx");
        List<String> options = List.of(javaOpts.get(0).substring("JAVA_OPTS=".length()).replace("\"", "")
                .split("\\s+"));
        assertThat(options).as("ENV JAVA_OPTS of %s holds deploy/jvm-options", name)
                .containsAll(DeployFiles.jvmOptions());
        List<Instruction> entrypoints = instructions.stream().filter(i -> i.is("ENTRYPOINT")).toList();
        assertThat(entrypoints).as("ENTRYPOINT of %s", name).hasSize(1);
        assertThat(entrypoints.get(0).arguments()).contains("exec java $JAVA_OPTS -jar quarkus-run.jar");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("serviceNames")
    void sendsOnlyThePackagedServiceToTheBuild(String name) {
        Path ignore = DeployFiles.DOCKER.resolve(name + ".Dockerfile.dockerignore");
        assertThat(ignore).exists();
        List<String> patterns = DeployFiles.read(ignore).lines().map(String::trim)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertThat(patterns).containsExactly("*", "!" + name + "/target/quarkus-app");
    }

    // ----------------------------------------------------------------------------------------------------------------

    /** One Dockerfile instruction, continuation lines joined, comments dropped. */
    record Instruction(String keyword, String arguments) {

        boolean is(String name) {
            return keyword.equals(name);
        }
    }

    private static List<Instruction> instructionsOf(String name) {
        Path dockerfile = DeployFiles.DOCKER.resolve(name + ".Dockerfile");
        assertThat(dockerfile).as("Dockerfile of %s", name).exists();
        List<Instruction> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : DeployFiles.read(dockerfile).lines().toList()) {
            String trimmed = line.trim();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.isEmpty())) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            String[] parts = current.toString().trim().split("\\s+", 2);
            instructions.add(new Instruction(parts[0].toUpperCase(Locale.ROOT),
                    parts.length > 1 ? parts[1].trim() : ""));
            current.setLength(0);
        }
        assertThat(current.toString()).as("%s ends inside a continued instruction", name).isEmpty();
        return instructions;
    }

    private static int indexOf(List<Instruction> instructions, String keyword) {
        for (int i = 0; i < instructions.size(); i++) {
            if (instructions.get(i).is(keyword)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }
}
