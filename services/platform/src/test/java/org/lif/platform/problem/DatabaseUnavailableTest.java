package org.lif.platform.problem;

import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Under overload or with PostgreSQL unreachable a caller gets 503 with Retry-After, not an internal error. */
class DatabaseUnavailableTest {

    final ProblemMappers mappers = new ProblemMappers();

    @Test
    void aBusyConnectionPoolIsAnswered503WithRetryAfter() {
        RuntimeException e = new RuntimeException("Unable to acquire JDBC Connection", new SQLException("Sorry, acquisition timeout!"));
        Response response = mappers.unexpected(e, null);
        assertEquals(503, response.getStatus());
        assertEquals("2", response.getHeaderString("Retry-After"));
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        assertEquals("Service unavailable", ((Problem) response.getEntity()).title());
    }

    @Test
    void aPoolThatCannotOpenANewConnectionInTimeIsUnavailableToo() {
        // seen under the 200 creates/s benchmark (docs/benchmarks.md): Hibernate wraps Agroal's second timeout message
        SQLException agroal = new SQLException("Acquisition timeout while waiting for new connection",
                new java.util.concurrent.TimeoutException());
        assertEquals(503, mappers.unexpected(new RuntimeException("Unable to acquire JDBC Connection", agroal), null).getStatus());
    }

    @Test
    void aRefusedOrDroppedConnectionIsUnavailableToo() {
        assertTrue(ProblemMappers.databaseUnavailable(new IllegalStateException(new SQLException("Connection refused", "08001"))));
        assertTrue(ProblemMappers.databaseUnavailable(new SQLException("An I/O error occurred", "08006")));
    }

    @Test
    void otherFailuresStayInternalErrorsWithAReference() {
        assertFalse(ProblemMappers.databaseUnavailable(new SQLException("duplicate key", "23505")));
        Response response = mappers.unexpected(new IllegalStateException("bug"), null);
        assertEquals(500, response.getStatus());
        assertTrue(((Problem) response.getEntity()).detail().contains("reference"));
    }
}
