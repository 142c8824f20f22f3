package io.remit.platform.testing.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One operation of a contract, e.g. {@code GET /teams/{id}}, with what it declares for request bodies and responses.
 *
 * @param pointer the operation's place in the document, e.g. {@code /paths/~1teams~1{id}/get}
 */
public record ContractOperation(String method, String template, JsonNode node, String pointer) {

    private static final Pattern PARAMETER = Pattern.compile("\\{[^}/]+}");

    /** The operation as a reader knows it: its operationId if it has one, and always method and path. */
    public String describe() {
        String id = node.path("operationId").asText("");
        return (id.isEmpty() ? "" : id + " ") + method + " " + template;
    }

    boolean matches(String rawPath) {
        return pathPattern().matcher(rawPath).matches();
    }

    int literalLength() {
        return PARAMETER.matcher(template).replaceAll("").length();
    }

    private Pattern pathPattern() {
        StringBuilder regex = new StringBuilder();
        int last = 0;
        Matcher parameter = PARAMETER.matcher(template);
        while (parameter.find()) {
            regex.append(Pattern.quote(template.substring(last, parameter.start()))).append("[^/]+");
            last = parameter.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        return Pattern.compile(regex.toString());
    }

    public boolean takesBody() {
        return node.has("requestBody");
    }

    public boolean requiresBody() {
        return node.path("requestBody").path("required").asBoolean(false);
    }

    /** The pointer of the request body's declaration for this content type, if it is declared. */
    public Optional<String> requestContent(String contentType) {
        return mediaType(node.path("requestBody").path("content"), contentType)
                .map(declared -> pointer + "/requestBody/content/" + ContractDocument.escape(declared));
    }

    /**
     * The pointer of the response declared for this status: the status itself, else its range ({@code 4XX}), else
     * {@code default}.
     */
    public Optional<String> response(int status) {
        JsonNode responses = node.path("responses");
        for (String key : new String[] {String.valueOf(status), (status / 100) + "XX", "default"}) {
            if (responses.has(key)) {
                return Optional.of(pointer + "/responses/" + key);
            }
        }
        return Optional.empty();
    }

    /** The declared media type (a key of a {@code content} map) that covers this content type, if any. */
    static Optional<String> mediaType(JsonNode content, String contentType) {
        String actual = baseType(contentType);
        String wildcard = actual.contains("/") ? actual.substring(0, actual.indexOf('/')) + "/*" : actual;
        for (String candidate : new String[] {actual, wildcard, "*/*"}) {
            for (Iterator<String> declared = content.fieldNames(); declared.hasNext(); ) {
                String type = declared.next();
                if (baseType(type).equals(candidate)) {
                    return Optional.of(type);
                }
            }
        }
        return Optional.empty();
    }

    /** {@code application/json; charset=UTF-8} is {@code application/json}. */
    static String baseType(String contentType) {
        String type = contentType == null ? "" : contentType;
        int parameters = type.indexOf(';');
        return (parameters < 0 ? type : type.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
    }

    /** JSON is {@code application/json} and every {@code +json} type (problem+json, merge-patch+json, ...). */
    static boolean isJson(String contentType) {
        String type = baseType(contentType);
        return type.equals("application/json") || type.endsWith("+json");
    }
}
