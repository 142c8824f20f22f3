package io.remit.decision;

import static io.remit.decision.Api.as;
import static io.remit.decision.Api.decision;
import static io.remit.decision.Org.root;
import static io.remit.decision.Org.team;
import static io.remit.decision.Org.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remit.decision.decision.service.DecisionService;
import io.remit.platform.testing.KafkaBrokerResource;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A page of decisions is bounded by the text it carries, not only by its count, and the next page goes on. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class DecisionPageSizeTest {

    private static final int RATIONALE = 10_000;

    @Test
    void shouldCutAPageOfLongRationalesShortAndLeadOnToTheRest() {
        String member = uniqueId("mia");
        String root = root(uniqueId("root")).publish();
        String team = team(uniqueId("team"), root).member(member).publish();
        // Just enough decisions at the longest rationale to pass the budget of one page.
        int count = (int) (DecisionService.PAGE_TEXT_BUDGET / RATIONALE) + 1;
        String rationale = "長".repeat(RATIONALE);
        List<String> logged = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> body = decision(team, "spend", null);
            body.put("rationale", rationale);
            logged.add(as(member).body(body).post("/decisions").then().statusCode(201).extract().path("id"));
        }

        JsonPath first = as(member).queryParam("teamId", team).queryParam("limit", 500).get("/decisions").then()
                .statusCode(200).extract().jsonPath();
        List<String> firstIds = first.getList("items.id");
        long textOfOne = RATIONALE + ("Decision of " + team).length();
        assertThat(firstIds).hasSize((int) (DecisionService.PAGE_TEXT_BUDGET / textOfOne));
        String next = first.getString("next");
        assertThat(next).contains("limit=500");

        JsonPath second = as(member).get(next).then().statusCode(200).extract().jsonPath();
        List<String> all = new ArrayList<>(firstIds);
        all.addAll(second.getList("items.id"));
        assertThat(second.getString("next")).isNull();
        assertThat(new HashSet<>(all)).containsExactlyInAnyOrderElementsOf(logged);
        assertThat(all).hasSize(count);
    }
}
