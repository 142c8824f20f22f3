package io.remit.platform.testing.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.oas.OpenApi31;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * One OpenAPI 3.1 document, read once per file: its operations, and the JSON Schema at any place in it, with
 * {@code $ref}s such as {@code #/components/schemas/Team} resolved against the document itself.
 */
public final class ContractDocument {

    private static final Map<Path, ContractDocument> LOADED = new ConcurrentHashMap<>();
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options",
            "trace");

    /**
     * OpenAPI 3.1's schema dialect (JSON Schema 2020-12 plus its own keywords), also knowing the document's top-level
     * fields, which the validator meets when it reads the whole document to resolve a pointer into it.
     */
    private static final JsonMetaSchema DIALECT = JsonMetaSchema.builder(OpenApi31.getInstance())
            .keywords(Stream.of("openapi", "info", "jsonSchemaDialect", "servers", "paths", "webhooks", "components",
                    "security", "tags", "externalDocs").map(NonValidationKeyword::new).toList())
            .build();

    private final String name;
    private final String iri;
    private final JsonNode root;
    private final JsonSchemaFactory schemas;
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
            .pathType(PathType.JSON_POINTER).formatAssertionsEnabled(true).build();
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();
    private final List<ContractOperation> operations = new ArrayList<>();

    private ContractDocument(String name, String yaml) {
        this.name = name;
        this.iri = "https://contracts.remit.invalid/" + name.replaceAll("[^A-Za-z0-9._-]", "_") + ".yaml";
        try {
            this.root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the contract " + name, e);
        }
        this.schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder
                .metaSchema(DIALECT)
                .defaultMetaSchemaIri(DIALECT.getIri())
                .schemaLoaders(loaders -> loaders.schemas(Map.of(iri, yaml))));
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    operations.add(new ContractOperation(method.toUpperCase(), path.getKey(), operation,
                            "/paths/" + escape(path.getKey()) + "/" + method));
                }
            }
        }
        // Where templates overlap (/decisions/evaluate and /decisions/{id}), the one with more fixed text wins.
        operations.sort(Comparator.comparingInt(ContractOperation::literalLength).reversed());
    }

    /** The document in this file, read on first use and kept for the rest of the run. */
    public static ContractDocument load(Path file) {
        return LOADED.computeIfAbsent(file.toAbsolutePath().normalize(), absolute -> {
            try {
                return new ContractDocument(absolute.toString(), Files.readString(absolute));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the contract " + absolute, e);
            }
        });
    }

    /** A document given as text, e.g. a stub contract in a test. */
    public static ContractDocument parse(String name, String yaml) {
        return new ContractDocument(name, yaml);
    }

    public String name() {
        return name;
    }

    /** Every operation of the document. */
    public List<ContractOperation> operations() {
        return List.copyOf(operations);
    }

    /** The operation this method and raw (still percent-encoded) path reach, if the document declares one. */
    public Optional<ContractOperation> operation(String method, String rawPath) {
        return operations.stream().filter(op -> op.method().equalsIgnoreCase(method) && op.matches(rawPath))
                .findFirst();
    }

    /** The node at a JSON pointer of the document (missing if there is none). */
    public JsonNode at(String pointer) {
        return root.at(pointer);
    }

    /** The schema at a JSON pointer of the document, e.g. an operation's response schema. */
    public JsonSchema schema(String pointer) {
        return compiled.computeIfAbsent(pointer, p -> {
            JsonSchema schema = schemas.getSchema(SchemaLocation.of(iri + "#" + p), config);
            schema.initializeValidators();
            return schema;
        });
    }

    /** Escapes one JSON pointer token (RFC 6901). */
    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
