package io.remit.team.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.remit.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.StringReader;
import java.util.Set;

/** Applies an RFC 7396 JSON merge patch to a team and validates the result like a create. */
@ApplicationScoped
class TeamMergePatch {

    private final ObjectMapper mapper;
    private final Validator validator;

    TeamMergePatch(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    TeamRequest apply(TeamRequest current, String patchDocument) throws JsonProcessingException {
        JsonValue patch = parse(patchDocument);
        if (patch.getValueType() != JsonValue.ValueType.OBJECT) {
            throw malformed("a merge patch for a team must be a JSON object");
        }
        JsonValue target = parse(mapper.writeValueAsString(current));
        JsonValue patched = Json.createMergePatch(patch).apply(target);
        TeamRequest result = mapper.readValue(patched.toString(), TeamRequest.class);
        Set<ConstraintViolation<TeamRequest>> violations = validator.validate(result);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return result;
    }

    private static JsonValue parse(String json) {
        if (json == null || json.isBlank()) {
            throw malformed("the request body is empty");
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        } catch (RuntimeException e) { // JsonException, or Parsson's plain RuntimeException past its nesting limit
            throw malformed(e.getMessage());
        }
    }

    private static ProblemException malformed(String detail) {
        return new ProblemException(400, "malformed-request", "Request body is not a valid merge patch", detail);
    }
}
