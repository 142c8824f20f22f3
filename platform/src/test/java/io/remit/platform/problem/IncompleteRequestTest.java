package io.remit.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.http.HttpClosedException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class IncompleteRequestTest {

    @Test
    void shouldNotCountAClientThatWentAwayMidBodyAsAFailureOfOurs() {
        // What RESTEasy Reactive throws when the client closes the connection while its body is being read.
        Response response = new ProblemMappers().unexpected(
                new IOException(new IOException(new HttpClosedException("Connection was closed"))), null);

        assertEquals(400, response.getStatus());
        assertEquals(Problem.TYPE_PREFIX + "incomplete-request", ((Problem) response.getEntity()).type());
    }

    @Test
    void shouldAnswerABrokenFormBodyAsTheClientsError() {
        // What Vert.x's form reader throws for a multipart body that ends before its boundary does.
        Response response = new ProblemMappers().unexpected(
                new IOException("Connection terminated parsing multipart request"), null);

        assertEquals(400, response.getStatus());
        assertEquals(Problem.TYPE_PREFIX + "malformed-request", ((Problem) response.getEntity()).type());
    }
}
