package io.remit.deploy;

import static io.remit.deploy.DeployFiles.COMPOSE;
import static io.remit.deploy.DeployFiles.K8S;
import static io.remit.deploy.DeployFiles.ROOT;
import static io.remit.deploy.DeployFiles.relative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nothing here can start a container or reach a cluster, so the Kubernetes and Compose files are checked as text:
 * they parse, hold what an operator expects, and agree with each other and with the services' own configuration.
 */
class ManifestsTest {

    static List<String> serviceNames() {
        return RemitService.NAMES;
    }

    @Test
    void everyYamlFileParsesIntoNonEmptyDocuments() {
        List<Path> files = new ArrayList<>(DeployFiles.yamlFiles(K8S));
        files.addAll(DeployFiles.yamlFiles(COMPOSE));
        assertThat(files).as("YAML files under deploy/k8s and deploy/compose").hasSizeGreaterThanOrEqualTo(8);
        for (Path file : files) {
            List<JsonNode> documents = DeployFiles.documents(file);
            assertThat(documents).as(relative(file)).isNotEmpty();
            assertThat(documents).as("documents of " + relative(file))
                    .allSatisfy(d -> assertThat(d != null && d.isObject()).as("a mapping in %s", relative(file))
                            .isTrue());
        }
    }

    @Nested
    class Kubernetes {

        private final List<Resource> resources = Resource.allUnder(K8S);

        @Test
        void everyDocumentHasApiVersionKindAndName() {
            assertThat(resources).isNotEmpty().allSatisfy(r -> {
                assertThat(r.text("apiVersion")).as("apiVersion in %s", r.file()).isNotBlank();
                assertThat(r.text("kind")).as("kind in %s", r.file()).isNotBlank();
                assertThat(r.name()).as("metadata.name of a %s in %s", r.kind(), r.file()).isNotBlank();
            });
        }

        @Test
        void theFilesHoldTheExpectedKinds() {
            Map<String, Long> kinds = resources.stream().collect(Collectors.groupingBy(Resource::kind, TreeMap::new,
                    Collectors.counting()));
            assertThat(kinds).containsOnlyKeys("Deployment", "Service", "ConfigMap", "Secret", "KafkaTopic",
                    "Kustomization");
            assertThat(kinds).containsEntry("Deployment", 3L).containsEntry("Service", 3L)
                    .containsEntry("KafkaTopic", 6L);
            assertThat(kinds.get("ConfigMap")).isPositive();
            assertThat(kinds.get("Secret")).isPositive();
            assertThat(kinds.get("Kustomization")).isPositive();
        }

        @Test
        void theBaseIsNamespaceAgnosticAndNamesNoRegistry() {
            assertThat(resources).allSatisfy(r -> assertThat(r.node().at("/metadata/namespace").isMissingNode())
                    .as("%s %s sets a namespace", r.kind(), r.name()).isTrue());
            assertThat(resources).filteredOn(r -> r.kind().equals("Kustomization"))
                    .allSatisfy(k -> assertThat(k.node().has("namespace")).as("namespace in %s", k.file()).isFalse());
            for (Resource deployment : ofKind("Deployment")) {
                for (JsonNode container : deployment.node().at("/spec/template/spec/containers")) {
                    String image = container.path("image").asText();
                    String firstSegment = image.split("/")[0];
                    assertThat(image).as("image of %s", deployment.name()).matches("remit/[a-z-]+(:[\\w.-]+)?");
                    assertThat(firstSegment).as("registry host in %s", image).doesNotContain(".").doesNotContain(":");
                }
            }
        }

        @Test
        void everyKustomizationListsExistingFilesAndEveryFileIsListed() {
            Set<Path> listed = new HashSet<>();
            List<Resource> kustomizations = ofKind("Kustomization");
            assertThat(kustomizations).extracting(Resource::file)
                    .contains("deploy/k8s/base/kustomization.yaml", "deploy/k8s/topics/kustomization.yaml");
            for (Resource kustomization : kustomizations) {
                Path folder = ROOT.resolve(kustomization.file()).getParent();
                assertThat(kustomization.node().path("resources")).as("resources of %s", kustomization.file())
                        .isNotEmpty();
                for (JsonNode entry : kustomization.node().path("resources")) {
                    Path target = folder.resolve(entry.asText()).normalize();
                    assertThat(target).as("%s lists %s", kustomization.file(), entry.asText()).exists();
                    if (Files.isDirectory(target)) {
                        assertThat(target.resolve("kustomization.yaml")).as("a listed folder is a kustomization")
                                .exists();
                    }
                    listed.add(target);
                }
            }
            for (Path file : DeployFiles.yamlFiles(K8S)) {
                if (!file.getFileName().toString().equals("kustomization.yaml")) {
                    assertThat(listed).as("%s is in no kustomization.yaml", relative(file)).contains(file);
                }
            }
        }

        @Test
        void metadataConfigMapDataAndEnvironmentValuesAreStrings() {
            for (Resource r : resources) {
                assertStrings(r.node().at("/metadata/labels"), r + " labels");
                assertStrings(r.node().at("/metadata/annotations"), r + " annotations");
                assertStrings(r.node().at("/spec/template/metadata/labels"), r + " pod labels");
                assertStrings(r.node().at("/spec/template/metadata/annotations"), r + " pod annotations");
                assertStrings(r.node().path("data"), r + " data");
                assertStrings(r.node().path("stringData"), r + " stringData");
                for (JsonNode container : r.node().at("/spec/template/spec/containers")) {
                    for (JsonNode env : container.path("env")) {
                        if (env.has("value")) {
                            assertThat(env.get("value").isTextual()).as("%s env %s is a string", r, env.path("name"))
                                    .isTrue();
                        }
                    }
                }
            }
        }

        @Test
        void secretsHoldOnlyMarkedPlaceholders() {
            List<Resource> secrets = ofKind("Secret");
            assertThat(secrets).isNotEmpty().allSatisfy(secret -> {
                assertThat(secret.node().has("data"))
                        .as("%s has base64 data instead of stringData placeholders", secret).isFalse();
                assertThat(secret.node().path("stringData")).as("stringData of %s", secret).isNotEmpty();
                secret.node().path("stringData").fields().forEachRemaining(
                        field -> assertThat(field.getValue().asText())
                                .as("%s %s is not a REPLACE-ME placeholder", secret, field.getKey())
                                .contains("REPLACE-ME"));
            });
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.remit.deploy.ManifestsTest#serviceNames")
        void eachServiceRunsTwoReplicasWithHealthProbesOnItsPort(String name) {
            RemitService service = RemitService.named(name);
            Resource deployment = named("Deployment", name);
            JsonNode spec = deployment.node().path("spec");
            assertThat(spec.path("replicas").asInt()).as("replicas of %s", name).isEqualTo(2);
            JsonNode podLabels = spec.at("/template/metadata/labels");
            assertThat(spec.at("/selector/matchLabels")).as("selector of %s", name).isNotEmpty();
            spec.at("/selector/matchLabels").fields().forEachRemaining(
                    label -> assertThat(podLabels.path(label.getKey()).asText())
                            .as("the selector of %s matches its pods", name).isEqualTo(label.getValue().asText()));

            JsonNode container = onlyContainer(deployment);
            assertThat(containerPort(container, "http")).as("http port of %s", name).isEqualTo(service.port());
            assertProbe(container, "readinessProbe", "/q/health/ready", service.port());
            assertProbe(container, "livenessProbe", "/q/health/live", service.port());
            assertProbe(container, "startupProbe", "/q/health/started", service.port());
            for (String kind : List.of("requests", "limits")) {
                JsonNode resources = container.at("/resources/" + kind);
                assertThat(resources.path("cpu").asText()).as("cpu %s of %s", kind, name).isNotBlank();
                assertThat(resources.path("memory").asText()).as("memory %s of %s", kind, name).isNotBlank();
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.remit.deploy.ManifestsTest#serviceNames")
        void eachServiceIsReachableThroughAServiceOnItsPort(String name) {
            RemitService service = RemitService.named(name);
            Resource k8sService = named("Service", name);
            JsonNode container = onlyContainer(named("Deployment", name));
            JsonNode podLabels = named("Deployment", name).node().at("/spec/template/metadata/labels");
            JsonNode selector = k8sService.node().at("/spec/selector");
            assertThat(selector).as("selector of Service %s", name).isNotEmpty();
            selector.fields().forEachRemaining(label -> assertThat(podLabels.path(label.getKey()).asText())
                    .as("Service %s selects the pods of its Deployment", name).isEqualTo(label.getValue().asText()));
            JsonNode port = k8sService.node().at("/spec/ports/0");
            assertThat(port.path("port").asInt()).as("port of Service %s", name).isEqualTo(service.port());
            JsonNode targetPort = port.path("targetPort");
            int target = targetPort.isInt() ? targetPort.asInt() : containerPort(container, targetPort.asText());
            assertThat(target).as("targetPort of Service %s", name).isEqualTo(service.port());
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.remit.deploy.ManifestsTest#serviceNames")
        void eachServiceGetsEverySettingItCannotStartWithout(String name) {
            RemitService service = RemitService.named(name);
            Resource deployment = named("Deployment", name);
            JsonNode container = onlyContainer(deployment);
            Map<String, String> environment = new LinkedHashMap<>();
            for (JsonNode source : container.path("envFrom")) {
                if (source.has("configMapRef")) {
                    Resource configMap = named("ConfigMap", source.at("/configMapRef/name").asText());
                    environment.putAll(keys(configMap.node().path("data")));
                }
                if (source.has("secretRef")) {
                    Resource secret = named("Secret", source.at("/secretRef/name").asText());
                    environment.putAll(keys(secret.node().path("stringData")));
                }
            }
            for (JsonNode env : container.path("env")) {
                environment.put(env.path("name").asText(), env.path("value").asText());
            }
            assertThat(environment.keySet()).as("environment of %s", name).containsAll(service.requiredEnvironment());
            assertThat(environment.get("QUARKUS_DATASOURCE_JDBC_URL")).as("JDBC URL of %s", name)
                    .startsWith("jdbc:postgresql://");
            assertThat(environment.get("JAVA_OPTS").split("\\s+")).as("JAVA_OPTS of %s holds deploy/jvm-options", name)
                    .contains(DeployFiles.jvmOptions().toArray(String[]::new));

            String keyLocation = environment.get("REMIT_JWT_PUBLIC_KEY_LOCATION");
            assertThat(keyLocation).as("JWT key location of %s", name).isEqualTo("file:/etc/remit/jwt/public-key.pem");
            Path keyFile = Path.of(keyLocation.substring("file:".length()));
            JsonNode mount = findMount(container, keyFile.getParent().toString());
            JsonNode volume = findVolume(deployment, mount.path("name").asText());
            Resource keySecret = named("Secret", volume.at("/secret/secretName").asText());
            assertThat(keySecret.node().at("/stringData").has(keyFile.getFileName().toString()))
                    .as("Secret %s holds %s", keySecret.name(), keyFile.getFileName()).isTrue();
        }

        @Test
        void topicsAreTheServicesEventTopicsAndTheirDeadLetterTopics() {
            List<RemitService> services = RemitService.all();
            Set<String> published = new TreeSet<>();
            Set<String> compacted = new TreeSet<>();
            Set<String> deadLetters = new TreeSet<>();
            services.forEach(s -> {
                published.addAll(s.publishedTopics());
                compacted.addAll(s.compactedTopics());
                deadLetters.addAll(s.deadLetterTopics());
            });
            assertThat(compacted).containsExactly("remit.team.events.v1");
            assertThat(deadLetters).as("one dead-letter topic per consumed topic")
                    .containsExactlyInAnyOrderElementsOf(published.stream().map(t -> t + ".dlq").toList());

            Map<String, JsonNode> topics = new TreeMap<>();
            for (Resource topic : ofKind("KafkaTopic")) {
                assertThat(topic.text("apiVersion")).isEqualTo("kafka.strimzi.io/v1beta2");
                assertThat(topic.node().at("/metadata/labels/strimzi.io~1cluster").asText()).as("cluster of %s", topic)
                        .isNotBlank();
                assertThat(topic.file()).as("topics stay out of the base").startsWith("deploy/k8s/topics/");
                String topicName = topic.node().at("/spec/topicName").asText(topic.name());
                topics.put(topicName, topic.node().path("spec"));
            }
            Set<String> expected = new TreeSet<>(published);
            expected.addAll(deadLetters);
            assertThat(topics).containsOnlyKeys(expected);
            topics.forEach((topicName, spec) -> {
                String policy = spec.at("/config/cleanup.policy").asText("delete");
                String expectedPolicy = compacted.contains(topicName) ? "compact" : "delete";
                assertThat(policy).as("cleanup.policy of %s", topicName).isEqualTo(expectedPolicy);
                assertThat(spec.path("partitions").asInt()).as("partitions of %s", topicName).isPositive();
            });
            published.forEach(t -> assertThat(topics.get(t).path("partitions").asInt())
                    .as("%s has as many partitions as the services create (remit.outbox.partitions, 3)", t)
                    .isEqualTo(3));
        }

        private List<Resource> ofKind(String kind) {
            return resources.stream().filter(r -> r.kind().equals(kind)).toList();
        }

        private Resource named(String kind, String name) {
            List<Resource> found = ofKind(kind).stream().filter(r -> r.name().equals(name)).toList();
            assertThat(found).as("%s %s", kind, name).hasSize(1);
            return found.get(0);
        }
    }

    @Nested
    class Compose {

        private final JsonNode compose = DeployFiles.singleDocument(COMPOSE.resolve("compose.yaml"));
        private final JsonNode services = compose.path("services");

        @Test
        void runsPostgresqlKafkaAndTheThreeServices() {
            assertThat(fieldNames(services))
                    .contains("postgres", "kafka", "team-service", "decision-service", "notification-service");
            assertThat(services.at("/postgres/image").asText()).startsWith("postgres:15");
            assertThat(services.at("/kafka/image").asText()).startsWith("apache/kafka:");
            assertThat(services.at("/kafka/environment/KAFKA_PROCESS_ROLES").asText()).isEqualTo("broker,controller");
            assertThat(services.at("/kafka/environment/KAFKA_ADVERTISED_LISTENERS").asText())
                    .contains("PLAINTEXT://kafka:9092");
            assertThat(services.at("/postgres/healthcheck/test")).as("postgres healthcheck").isNotEmpty();
            assertThat(services.at("/kafka/healthcheck/test")).as("kafka healthcheck").isNotEmpty();
        }

        @Test
        void thePostgresqlInitScriptsExist() {
            List<String> initFolders = new ArrayList<>();
            for (JsonNode volume : services.at("/postgres/volumes")) {
                String[] parts = volume.asText().split(":");
                if (parts.length > 1 && parts[1].equals("/docker-entrypoint-initdb.d")) {
                    initFolders.add(parts[0]);
                }
            }
            assertThat(initFolders).hasSize(1);
            assertThat(COMPOSE.resolve(initFolders.get(0)).normalize()).isDirectoryContaining("glob:**.sql");
        }

        @Test
        void createsEveryTopicTheServicesUse() {
            String script = services.at("/kafka-topics/command").toString();
            Matcher topic = Pattern.compile("--topic ([\\w.]+)").matcher(script);
            Set<String> created = new TreeSet<>();
            while (topic.find()) {
                created.add(topic.group(1));
            }
            Set<String> expected = new TreeSet<>();
            RemitService.all().forEach(s -> {
                expected.addAll(s.publishedTopics());
                expected.addAll(s.deadLetterTopics());
            });
            assertThat(created).isEqualTo(expected);
            assertThat(script).contains("--topic remit.team.events.v1 --partitions 3 --config cleanup.policy=compact");
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.remit.deploy.ManifestsTest#serviceNames")
        void eachServiceStartsAfterPostgresqlAndKafkaAreHealthy(String name) {
            JsonNode dependsOn = services.path(name).path("depends_on");
            assertThat(dependsOn.at("/postgres/condition").asText()).as("%s waits for postgres", name)
                    .isEqualTo("service_healthy");
            assertThat(dependsOn.at("/kafka/condition").asText()).as("%s waits for kafka", name)
                    .isEqualTo("service_healthy");
            assertThat(dependsOn.at("/kafka-topics/condition").asText()).as("%s waits for its topics", name)
                    .isEqualTo("service_completed_successfully");
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.remit.deploy.ManifestsTest#serviceNames")
        void eachServiceIsBuiltFromItsDockerfileAndChecksItsReadiness(String name) {
            RemitService service = RemitService.named(name);
            JsonNode definition = services.path(name);
            Path context = COMPOSE.resolve(definition.at("/build/context").asText()).normalize();
            assertThat(context).as("build context of %s", name).isEqualTo(ROOT);
            assertThat(context.resolve(definition.at("/build/dockerfile").asText())).as("Dockerfile of %s", name)
                    .isEqualTo(DeployFiles.DOCKER.resolve(name + ".Dockerfile")).exists();
            assertThat(definition.path("image").asText()).isEqualTo("remit/" + name + ":latest");
            assertThat(StreamSupport.stream(definition.path("ports").spliterator(), false).map(JsonNode::asText))
                    .as("ports of %s", name).contains(service.port() + ":" + service.port());
            String healthcheck = definition.at("/healthcheck/test").toString();
            assertThat(healthcheck).as("healthcheck of %s", name).contains("/q/health/ready")
                    .contains("/" + service.port());
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.remit.deploy.ManifestsTest#serviceNames")
        void eachServiceGetsItsSettingsAndTheDevKey(String name) {
            RemitService service = RemitService.named(name);
            JsonNode environment = services.path(name).path("environment");
            assertThat(environment.isObject()).as("environment of %s is a mapping", name).isTrue();
            assertThat(fieldNames(environment)).as("environment of %s", name)
                    .containsAll(service.requiredEnvironment());
            assertThat(environment.path("KAFKA_BOOTSTRAP_SERVERS").asText()).isEqualTo("kafka:9092");
            assertThat(environment.path("JAVA_OPTS").asText().split("\\s+"))
                    .as("JAVA_OPTS of %s holds deploy/jvm-options", name)
                    .contains(DeployFiles.jvmOptions().toArray(String[]::new));
            assertThat(environment.path("QUARKUS_DATASOURCE_JDBC_URL").asText())
                    .startsWith("jdbc:postgresql://postgres:5432/");

            String keyLocation = environment.path("REMIT_JWT_PUBLIC_KEY_LOCATION").asText();
            assertThat(keyLocation).startsWith("file:");
            String keyInContainer = keyLocation.substring("file:".length());
            List<String> mounts = new ArrayList<>();
            for (JsonNode volume : services.path(name).path("volumes")) {
                String[] parts = volume.asText().split(":");
                if (parts.length > 1 && parts[1].equals(keyInContainer)) {
                    mounts.add(parts[0]);
                }
            }
            assertThat(mounts).as("%s mounts a key at %s", name, keyInContainer).hasSize(1);
            assertThat(COMPOSE.resolve(mounts.get(0)).normalize())
                    .isEqualTo(DeployFiles.DEPLOY.resolve("dev-keys/public-key.pem")).isRegularFile();
        }
    }

    // ----------------------------------------------------------------------------------------------------------------

    /** One Kubernetes document and the file it came from. */
    record Resource(String file, JsonNode node) {

        static List<Resource> allUnder(Path folder) {
            List<Resource> resources = new ArrayList<>();
            for (Path file : DeployFiles.yamlFiles(folder)) {
                for (JsonNode document : DeployFiles.documents(file)) {
                    if (document == null || !document.isObject()) {
                        fail("%s holds an empty or non-mapping document", relative(file));
                    }
                    resources.add(new Resource(relative(file), document));
                }
            }
            return resources;
        }

        String text(String field) {
            return node.path(field).asText();
        }

        String kind() {
            return text("kind");
        }

        String name() {
            return node.at("/metadata/name").asText();
        }

        @Override
        public String toString() {
            return kind() + " " + name() + " (" + file + ")";
        }
    }

    private static JsonNode onlyContainer(Resource deployment) {
        JsonNode containers = deployment.node().at("/spec/template/spec/containers");
        assertThat(containers.size()).as("containers of %s", deployment).isEqualTo(1);
        return containers.get(0);
    }

    private static int containerPort(JsonNode container, String portName) {
        for (JsonNode port : container.path("ports")) {
            if (port.path("name").asText().equals(portName)) {
                return port.path("containerPort").asInt();
            }
        }
        return fail("no container port named %s", portName);
    }

    private static void assertProbe(JsonNode container, String probe, String path, int port) {
        JsonNode httpGet = container.path(probe).path("httpGet");
        assertThat(httpGet.path("path").asText()).as("%s path", probe).isEqualTo(path);
        JsonNode probePort = httpGet.path("port");
        int resolved = probePort.isInt() ? probePort.asInt() : containerPort(container, probePort.asText());
        assertThat(resolved).as("%s port", probe).isEqualTo(port);
    }

    private static JsonNode findMount(JsonNode container, String path) {
        for (JsonNode mount : container.path("volumeMounts")) {
            if (mount.path("mountPath").asText().equals(path)) {
                return mount;
            }
        }
        return fail("nothing mounted at %s", path);
    }

    private static JsonNode findVolume(Resource deployment, String name) {
        for (JsonNode volume : deployment.node().at("/spec/template/spec/volumes")) {
            if (volume.path("name").asText().equals(name)) {
                return volume;
            }
        }
        return fail("%s has no volume %s", deployment, name);
    }

    private static Map<String, String> keys(JsonNode mapping) {
        Map<String, String> keys = new LinkedHashMap<>();
        mapping.fields().forEachRemaining(field -> keys.put(field.getKey(), field.getValue().asText()));
        return keys;
    }

    private static Set<String> fieldNames(JsonNode mapping) {
        Set<String> names = new TreeSet<>();
        mapping.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void assertStrings(JsonNode mapping, String what) {
        mapping.fields().forEachRemaining(field -> assertThat(field.getValue().isTextual())
                .as("%s: %s must be a string, is %s", what, field.getKey(), field.getValue().getNodeType()).isTrue());
    }
}
