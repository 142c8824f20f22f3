package io.remit.platform.testing.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.ValidationMessage;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A RestAssured filter that holds every exchange to the committed OpenAPI contract: the operation must be declared
 * (Quarkus' own {@code /q/**} endpoints aside), a JSON request body must match the operation's request schema for
 * its content type, and the response's status, content type and JSON body must be declared for the operation.
 * Breaking any of these fails the test with a {@link ContractViolation} naming the operation, the status, the JSON
 * pointer and the message.
 *
 * <p>Installed for every {@code @QuarkusTest} of every service (see {@link ContractValidationCallback}). A request
 * that is invalid on purpose keeps the check of its response: add {@link #responsesOnly()} to it as a filter, e.g.
 * {@code given().filter(ContractValidation.responsesOnly()).body("{oops").post("/teams")}. When a request carries
 * more than one of these filters, the one added last decides.
 */
public final class ContractValidation implements Filter {

    /** Each module's committed contract, beside its pom (the working directory of its tests). */
    public static final Path COMMITTED = Path.of("openapi.yaml");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<ContractDocument> contract;
    private final boolean checkRequests;

    private ContractValidation(Supplier<ContractDocument> contract, boolean checkRequests) {
        this.contract = contract;
        this.checkRequests = checkRequests;
    }

    /** Requests and responses, against this module's committed contract. */
    public static ContractValidation committed() {
        return of(COMMITTED);
    }

    /** Only responses, against this module's committed contract: for a request that is invalid on purpose. */
    public static ContractValidation responsesOnly() {
        return committed().ignoringRequests();
    }

    /** Requests and responses, against the contract in this file (e.g. another service's, from the repository). */
    public static ContractValidation of(Path contractFile) {
        return new ContractValidation(() -> ContractDocument.load(contractFile), true);
    }

    /** Requests and responses, against a contract already read. */
    public static ContractValidation of(ContractDocument contract) {
        return new ContractValidation(() -> contract, true);
    }

    /** The same contract, checking only the responses. */
    public ContractValidation ignoringRequests() {
        return new ContractValidation(contract, false);
    }

    /** Adds the committed contract to RestAssured's default filters, once. */
    public static void installForEveryRequest() {
        if (RestAssured.filters().stream().noneMatch(ContractValidation.class::isInstance)) {
            RestAssured.filters(committed());
        }
    }

    /** Quarkus' own endpoints and the console's HTML pages are not operations of the API contract. */
    private static boolean isOutsideTheApi(String path) {
        return path.equals("/q") || path.startsWith("/q/") || path.equals("/console") || path.startsWith("/console/");
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        String path = routedPath(request.getURI());
        if (!decides(request) || isOutsideTheApi(path)) {
            return context.next(request, responseSpec);
        }
        ContractDocument document = contract.get();
        Optional<ContractOperation> found = document.operation(request.getMethod(), path);
        if (found.isEmpty()) {
            if (!checkRequests) {
                // A request sent to a wrong path or with a wrong method on purpose: no operation to hold it to.
                return context.next(request, responseSpec);
            }
            throw new ContractViolation(request.getMethod() + " " + path + " is not an operation of "
                    + document.name(), null);
        }
        ContractOperation operation = found.get();
        if (checkRequests) {
            checkRequest(document, operation, request);
        }
        Response response = context.next(request, responseSpec);
        checkResponse(document, operation, response);
        return response;
    }

    /** Whether this filter is the last of its kind on the request (a per-request one overrides the default). */
    private boolean decides(FilterableRequestSpecification request) {
        List<ContractValidation> mine = request.getDefinedFilters().stream()
                .filter(ContractValidation.class::isInstance).map(ContractValidation.class::cast).toList();
        return mine.isEmpty() || mine.get(mine.size() - 1) == this;
    }

    private static void checkRequest(ContractDocument document, ContractOperation operation,
            FilterableRequestSpecification request) {
        String body = bodyText(request.getBody());
        String where = operation.describe() + " request";
        if (body == null || body.isEmpty()) {
            if (operation.requiresBody()) {
                throw new ContractViolation(where + ": a body is required", null);
            }
            return;
        }
        if (!operation.takesBody()) {
            throw new ContractViolation(where + ": the operation takes no body", null);
        }
        String contentType = request.getContentType();
        String declared = operation.requestContent(contentType).orElseThrow(() -> new ContractViolation(
                where + ": content type '" + contentType + "' is not declared", null));
        if (ContractOperation.isJson(contentType)) {
            validate(document, declared + "/schema", body, where + " (" + ContractOperation.baseType(contentType)
                    + ")", null);
        }
    }

    private static void checkResponse(ContractDocument document, ContractOperation operation, Response response) {
        int status = response.statusCode();
        String where = operation.describe() + " -> " + status;
        String declared = operation.response(status).orElseThrow(() -> new ContractViolation(
                where + ": status not declared (nor a range or default)", response));
        JsonNode content = document.at(declared + "/content");
        String body = response.asString();
        String contentType = response.contentType();
        if (body.isEmpty() && (contentType == null || contentType.isEmpty())) {
            if (!content.isMissingNode() && !content.isEmpty()) {
                throw new ContractViolation(where + ": a body is declared, none came", response);
            }
            return;
        }
        String mediaType = ContractOperation.mediaType(content, contentType).orElseThrow(() -> new ContractViolation(
                where + ": content type '" + contentType + "' is not declared", response));
        String schema = declared + "/content/" + ContractDocument.escape(mediaType) + "/schema";
        if (ContractOperation.isJson(contentType) && !document.at(schema).isMissingNode()) {
            validate(document, schema, body, where + " " + ContractOperation.baseType(contentType), response);
        }
    }

    private static void validate(ContractDocument document, String schemaPointer, String body, String where,
            Response response) {
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (IOException e) {
            throw new ContractViolation(where + ": not JSON: " + e.getMessage(), response);
        }
        Set<ValidationMessage> errors = document.schema(schemaPointer).validate(json);
        if (!errors.isEmpty()) {
            throw new ContractViolation(where + " breaks " + document.name() + "#" + schemaPointer + ":\n"
                    + errors.stream().map(ContractValidation::describe).sorted().collect(Collectors.joining("\n"))
                    + "\n  body: " + abbreviate(body), response);
        }
    }

    /** One error, led by its JSON pointer ({@code (root)} for the whole body). */
    private static String describe(ValidationMessage error) {
        String message = error.getMessage();
        return "  " + (message.startsWith(":") ? "(root)" + message : message);
    }

    private static String bodyText(Object body) {
        if (body == null) {
            return null;
        }
        return body instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : body.toString();
    }

    /**
     * The path of a request URI as the server routes it: without scheme, authority, query or fragment, with its dot
     * segments ({@code .}, {@code ..}, also percent-encoded) resolved and no trailing slash. Other segments stay as
     * sent (percent-encoded).
     */
    static String routedPath(String uri) {
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : rawPath(uri).split("/", -1)) {
            String plain = segment.replace("%2e", ".").replace("%2E", ".");
            if (plain.equals("..")) {
                segments.pollLast();
            } else if (!plain.equals(".") && !segment.isEmpty()) {
                segments.add(segment);
            }
        }
        return "/" + String.join("/", segments);
    }

    private static String rawPath(String uri) {
        int scheme = uri.indexOf("://");
        int start = scheme < 0 ? 0 : uri.indexOf('/', scheme + 3);
        if (start < 0) {
            return "/";
        }
        int end = uri.length();
        for (char stop : new char[] {'?', '#'}) {
            int at = uri.indexOf(stop, start);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return uri.substring(start, end);
    }

    private static String abbreviate(String text) {
        return text.length() > 1000 ? text.substring(0, 1000) + "...(" + text.length() + " chars)" : text;
    }
}
