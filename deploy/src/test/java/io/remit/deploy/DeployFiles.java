package io.remit.deploy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Where the deployment files live, and how they are read: every YAML file may hold several documents. */
public final class DeployFiles {

    /** The repository root: Surefire runs this module's tests in deploy/. */
    static final Path ROOT = locateRoot();
    static final Path DEPLOY = ROOT.resolve("deploy");
    static final Path K8S = DEPLOY.resolve("k8s");
    static final Path COMPOSE = DEPLOY.resolve("compose");
    static final Path DOCKER = DEPLOY.resolve("docker");

    /** Duplicate keys are an error, as they are for kubectl; Jackson would otherwise keep the last one silently. */
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    private DeployFiles() {
    }

    /**
     * The services' JVM options from deploy/jvm-options, the one place they are defined: every line that is not a
     * comment, split at white space.
     */
    public static List<String> jvmOptions() {
        try {
            return Files.readAllLines(DEPLOY.resolve("jvm-options")).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .flatMap(line -> Stream.of(line.trim().split("\\s+")))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every document of a YAML file, in order; an empty document is kept as a null node so callers can refuse it. */
    static List<JsonNode> documents(Path file) {
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            List<JsonNode> result = new ArrayList<>();
            while (documents.hasNextValue()) {
                result.add(documents.nextValue());
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("Not valid YAML: " + ROOT.relativize(file), e);
        }
    }

    static JsonNode singleDocument(Path file) {
        List<JsonNode> documents = documents(file);
        if (documents.size() != 1) {
            throw new IllegalStateException(ROOT.relativize(file) + " should hold one document, holds "
                    + documents.size());
        }
        return documents.get(0);
    }

    /** The *.yaml and *.yml files under a folder, sorted. */
    static List<Path> yamlFiles(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".yaml")
                            || f.getFileName().toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String relative(Path file) {
        return ROOT.relativize(file).toString();
    }

    private static Path locateRoot() {
        Path basedir = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
                .toAbsolutePath().normalize();
        for (Path candidate = basedir; candidate != null; candidate = candidate.getParent()) {
            if (Files.isDirectory(candidate.resolve("deploy")) && Files.isRegularFile(candidate.resolve("pom.xml"))
                    && Files.isDirectory(candidate.resolve("team-service"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("No Remit repository root above " + basedir);
    }
}
