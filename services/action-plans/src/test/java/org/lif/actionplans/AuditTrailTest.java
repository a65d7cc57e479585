package org.lif.actionplans;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.lif.testkit.DemoTokens;
import org.lif.testkit.LifTestStack;
import org.lif.testkit.TestClock;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.lif.actionplans.Api.*;

/** Every change is in the audit trail: who, when, what, from → to; the trail cannot be rewritten. */
@QuarkusTest
@WithTestResource(LifTestStack.class)
class AuditTrailTest {

    @Inject
    EntityManager em;

    @Test
    void auditTrailRecordsWhoChangedWhat() {
        String admin = DemoTokens.southamptonAdmin();
        String planId = createPlan(admin, "southampton", "Audited plan " + System.nanoTime());
        String actionId = createAction(admin, "southampton", planId, "bitterne-park-school", TestClock.today().plusDays(30));
        as(DemoTokens.southamptonSchool()).body(Map.of("note", "Started", "evidence", List.of(textEvidence("Plan agreed"))))
                .post(base("southampton") + "/actions/" + actionId + "/progress").then().statusCode(201);

        as(admin).get(base("southampton") + "/audit-trail?entityId=" + actionId).then().statusCode(200)
                .body("items.action", hasItems("CREATED", "PROGRESS_RECORDED", "STATUS_CHANGED"))
                .body("items.find { it.action == 'STATUS_CHANGED' }.from", is("NOT_STARTED"))
                .body("items.find { it.action == 'STATUS_CHANGED' }.to", is("IN_PROGRESS"))
                .body("items.find { it.action == 'STATUS_CHANGED' }.actor", is("southampton-school"))
                .body("items.find { it.action == 'CREATED' }.actor", is("southampton-admin"))
                .body("items.occurredAt", everyItem(notNullValue()));
        as(admin).get(base("southampton") + "/audit-trail?entityId=" + planId).then().statusCode(200)
                .body("items[0].action", is("CREATED")).body("items[0].entityType", is("action-plan"));

        // another partnership's trail does not show it; agencies cannot read the trail
        as(DemoTokens.portsmouthAdmin()).get(base("portsmouth") + "/audit-trail?entityId=" + actionId).then().statusCode(200)
                .body("items.size()", is(0));
        as(DemoTokens.southamptonSchool()).get(base("southampton") + "/audit-trail").then().statusCode(403);
        as(DemoTokens.hipsChair()).get(base("southampton") + "/audit-trail?entityId=" + actionId).then().statusCode(200);
    }

    @Test
    void auditTrailIsAppendOnly() {
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("update audit_entry set actor = 'someone-else'").executeUpdate()));
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("delete from audit_entry").executeUpdate()));
    }
}
