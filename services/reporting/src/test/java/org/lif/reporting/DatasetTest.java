package org.lif.reporting;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.lif.testkit.LifTestStack;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lif.reporting.Api.*;

/** Indicator definitions per year, quarterly values by API and CSV (all or nothing), trends, agency confinement, audit trail. */
@QuarkusTest
@WithTestResource(LifTestStack.class)
class DatasetTest {

    static final String P = newPartnership("data");
    static final String POLICE = "hampshire-constabulary";
    static final String SCHOOL = "bitterne-park-school";

    static String define(int year, String code, String owner, String polarity, Object target) {
        return as(admin(P)).body(map("year", year, "code", code, "name", "Indicator " + code, "definition", "How many " + code,
                        "unit", "percent", "polarity", polarity, "target", target, "ownerAgency", owner, "theme", "Neglect",
                        "comparisonLabel", "England"))
                .post(base(P) + "/indicators").then().statusCode(201).header("Location", containsString("/indicators/")).body("theme", is("neglect")).extract().path("id");
    }

    static void submit(String token, String id, int quarter, String value, int status) {
        as(token).body(map("value", value, "comparisonValue", "40", "confidence", "HIGH", "commentary", "Q" + quarter))
                .put(base(P) + "/indicators/" + id + "/values/" + quarter).then().statusCode(status);
    }

    @Test
    void trendsQuarterOnQuarterYearOnYearTargetGapAndComparison() {
        String last = define(2024, "CP-RATE", POLICE, "LOWER_IS_BETTER", 35);
        submit(admin(P), last, 2, "50", 200);
        submit(admin(P), last, 4, "44", 200);
        as(admin(P)).post(base(P) + "/indicators/years/2025/copy-from/2024").then().statusCode(200).body("copied", is(1));
        as(admin(P)).post(base(P) + "/indicators/years/2025/copy-from/2024").then().statusCode(200).body("copied", is(0));
        String id = as(admin(P)).get(base(P) + "/indicators?year=2025").then().statusCode(200).body("items.size()", is(1))
                .body("totalItems", is(1)).body("items[0].code", is("CP-RATE")).extract().path("items[0].id");
        submit(partner(P, POLICE), id, 1, "40", 200);
        submit(agency(P, POLICE), id, 2, "45.5", 200);
        as(admin(P)).get(base(P) + "/indicators/" + id).then().statusCode(200)
                .body("values.size()", is(2))
                // Q1 2025 against Q4 2024 (44): −4, −9.1 %, improving (lower is better); no Q1 2024
                .body("values[0].quarterOnQuarter.difference", is(-4))
                .body("values[0].quarterOnQuarter.percent", is(-9.1f))
                .body("values[0].quarterOnQuarter.direction", is("IMPROVING"))
                .body("values[0].yearOnYear", nullValue())
                // Q2 2025 against Q1 2025 (40) and Q2 2024 (50)
                .body("values[1].quarterOnQuarter.difference", is(5.5f))
                .body("values[1].quarterOnQuarter.direction", is("WORSENING"))
                .body("values[1].yearOnYear.difference", is(-4.5f))
                .body("values[1].yearOnYear.percent", is(-9.0f))
                .body("values[1].targetGap", is(10.5f))
                .body("values[1].onTarget", is(false))
                .body("values[1].comparisonGap", is(5.5f))
                .body("values[1].submittedBy", is(P + "-" + POLICE));
        String csv = as(admin(P)).get(base(P) + "/indicators?year=2025&format=csv").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        assertTrue(csv.startsWith("code,name,unit,polarity,target,ownerAgency,theme,latestQuarter,latestValue,quarterOnQuarter,yearOnYear,"), csv);
        assertTrue(csv.contains("CP-RATE,Indicator CP-RATE,percent,LOWER_IS_BETTER,35,hampshire-constabulary,neglect,Q2,45.5,5.5,-4.5,WORSENING,10.5,false,40,HIGH"), csv);
        // every submission is in the audit trail
        as(admin(P)).get(base(P) + "/audit-trail?size=100").then().statusCode(200)
                .body("items.findAll { it.entityType == 'indicator-value' }.action", hasItems("SUBMITTED"))
                .body("items.findAll { it.entityType == 'indicator-value' }.actor", hasItems(P + "-" + POLICE, P + "-partner"));
    }

    @Test
    void definitionsAreValidatedAndAgenciesSubmitOnlyTheirOwn() {
        as(admin(P)).body(map("year", 1999, "code", "bad code", "polarity", "UP")).post(base(P) + "/indicators").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
        as(admin(P)).body(map("year", 2025, "code", "X", "name", "n", "definition", "d", "unit", "count", "ownerAgency", POLICE))
                .post(base(P) + "/indicators").then().statusCode(400).body("errors.field", hasItem("polarity"));
        String schoolOwned = define(2026, "ATTEND", SCHOOL, "HIGHER_IS_BETTER", 95);
        as(admin(P)).body(map("year", 2026, "code", "ATTEND", "name", "n", "definition", "d", "unit", "count", "polarity", "NEUTRAL",
                "ownerAgency", POLICE)).post(base(P) + "/indicators").then().statusCode(409);
        String policeOwned = define(2026, "MISSING", POLICE, "LOWER_IS_BETTER", null);
        // an integration retrying with the same Idempotency-Key gets the first answer again
        Map<String, Object> retried = map("year", 2026, "code", "RETRIED", "name", "n", "definition", "d", "unit", "count",
                "polarity", "NEUTRAL", "ownerAgency", POLICE);
        String first = as(admin(P)).header("Idempotency-Key", "define-retried").body(retried).post(base(P) + "/indicators")
                .then().statusCode(201).extract().path("id");
        as(admin(P)).header("Idempotency-Key", "define-retried").body(retried).post(base(P) + "/indicators").then().statusCode(201)
                .header("Idempotency-Replayed", "true").body("id", is(first));
        submit(agency(P, SCHOOL), schoolOwned, 1, "93", 200);
        submit(agency(P, SCHOOL), policeOwned, 1, "12", 404);
        submit(agency(P, SCHOOL), schoolOwned, 5, "93", 400);
        as(agency(P, SCHOOL)).get(base(P) + "/indicators?year=2026").then().statusCode(200).body("items.code", is(List.of("ATTEND")));
        as(agency(P, SCHOOL)).body(map("year", 2026, "code", "NEW", "name", "n", "definition", "d", "unit", "count", "polarity", "NEUTRAL",
                "ownerAgency", SCHOOL)).post(base(P) + "/indicators").then().statusCode(403);
        as(practitioner(P, SCHOOL)).get(base(P) + "/indicators?year=2026").then().statusCode(403);
        as(chair(P)).get(base(P) + "/indicators?year=2026").then().statusCode(200).body("items.size()", is(3))
                .body("items.find { it.code == 'ATTEND' }.latest.value", is(93))
                .body("items.find { it.code == 'MISSING' }.latest", nullValue());
        as(chair(P)).get(base(P) + "/indicators?year=2026&size=1&page=1").then().statusCode(200).body("items.code", is(List.of("MISSING")))
                .body("totalPages", is(3));
        submit(chair(P), schoolOwned, 2, "90", 403);
    }

    @Test
    void csvUploadIsAllOrNothingAndListsEveryRowError() {
        String a = define(2027, "A1", SCHOOL, "HIGHER_IS_BETTER", 10);
        define(2027, "B1", POLICE, "NEUTRAL", null);
        String bad = """
                code,quarter,value,comparisonValue,confidence,commentary
                A1,1,12.5,11,HIGH,fine
                NOPE,2,3,,LOW,
                A1,5,abc,x,SURE,
                A1,1,13,,MEDIUM,"a second value, same quarter"
                """;
        var problem = as(admin(P)).contentType("text/csv").body(bad).post(base(P) + "/indicators/years/2027/values").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
        List<String> fields = problem.extract().path("errors.field");
        assertEquals(List.of("row 3.code", "row 4.quarter", "row 4.value", "row 4.comparisonValue", "row 4.confidence", "row 5.quarter"), fields);
        as(admin(P)).get(base(P) + "/indicators/" + a).then().body("values.size()", is(0)); // nothing stored

        as(admin(P)).contentType("text/csv").body("code,quarter\nA1,1\n").post(base(P) + "/indicators/years/2027/values").then().statusCode(400)
                .body("errors.field", everyItem(is("header")));
        as(admin(P)).contentType("text/csv").body(bad.lines().findFirst().orElseThrow() + "\n").post(base(P) + "/indicators/years/2027/values")
                .then().statusCode(400).body("errors[0].field", is("file"));

        String good = """
                code,quarter,value,comparisonValue,confidence,commentary
                A1,1,12.5,11,HIGH,"Up after the autumn campaign, see note"
                a1,2,9,,LOW,
                B1,1,7,,MEDIUM,
                """;
        as(admin(P)).contentType("text/csv").body(good).post(base(P) + "/indicators/years/2027/values").then().statusCode(200).body("accepted", is(3));
        as(admin(P)).get(base(P) + "/indicators/" + a).then().body("values.value", is(List.of(12.5f, 9)))
                .body("values[0].commentary", is("Up after the autumn campaign, see note"))
                .body("values[1].quarterOnQuarter.direction", is("WORSENING"));
        // an agency uploading another agency's indicator: unknown to it
        as(agency(P, SCHOOL)).contentType("text/csv").body("code,quarter,value,comparisonValue,confidence,commentary\nB1,2,8,,HIGH,\n")
                .post(base(P) + "/indicators/years/2027/values").then().statusCode(400).body("errors[0].field", is("row 2.code"));
    }
}
