package io.remit.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.remit.platform.testing.OpenApiContracts;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenApiContractsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldAcceptUniqueCamelCaseOperationIds() throws Exception {
        JsonNode document = JSON.readTree("""
                {"paths": {
                  "/teams": {"get": {"operationId": "listTeams"}, "post": {"operationId": "createTeam"}},
                  "/teams/{id}": {"parameters": [], "summary": "a team", "get": {"operationId": "getTeam2"}}
                }}""");

        assertEquals(List.of(), OpenApiContracts.operationIdProblems(document));
    }

    @Test
    void shouldNameEachOperationWithoutAUsableOrUniqueId() throws Exception {
        JsonNode document = JSON.readTree("""
                {"paths": {
                  "/teams": {"get": {"operationId": "listTeams"}, "post": {}},
                  "/teams/{id}": {"get": {"operationId": "listTeams"}, "patch": {"operationId": "update-team"},
                                  "delete": {"operationId": "DeleteTeam"}}
                }}""");

        assertEquals(List.of(
                "POST /teams: no operationId",
                "GET /teams/{id}: operationId 'listTeams' is already used by GET /teams",
                "PATCH /teams/{id}: operationId 'update-team' does not match ^[a-z][A-Za-z0-9]*$",
                "DELETE /teams/{id}: operationId 'DeleteTeam' does not match ^[a-z][A-Za-z0-9]*$"),
                OpenApiContracts.operationIdProblems(document));
    }
}
