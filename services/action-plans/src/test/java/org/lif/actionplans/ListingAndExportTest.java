package org.lif.actionplans;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lif.testkit.DemoTokens;
import org.lif.testkit.LifTestStack;
import org.lif.testkit.TestClock;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.lif.actionplans.Api.*;

/** Filters, paging and the CSV export of the same list. */
@QuarkusTest
@WithTestResource(LifTestStack.class)
class ListingAndExportTest {

    String admin;
    String planId;

    @BeforeEach
    void seed() {
        admin = DemoTokens.southamptonAdmin();
        planId = as(admin).body(Map.of("title", "Section 11 plan " + System.nanoTime(),
                        "source", Map.of("type", "SECTION_11", "reference", "s11-2026"), "scope", "MULTI_AGENCY",
                        "subgroup", "QPP", "themes", List.of("child-exploitation")))
                .post(base("southampton") + "/action-plans").then().statusCode(201).extract().path("id");
        for (int i = 1; i <= 5; i++) {
            createAction(admin, "southampton", planId, i % 2 == 0 ? "youth-options" : "bitterne-park-school", TestClock.today().plusDays(100 + i));
        }
    }

    @Test
    void filtersCombineAndPagesAreCounted() {
        as(admin).get(base("southampton") + "/actions?planId=" + planId + "&ownerAgency=youth-options").then().statusCode(200)
                .body("totalItems", is(2)).body("items.ownerAgency", everyItem(is("youth-options")));
        as(admin).get(base("southampton") + "/actions?planId=" + planId + "&size=2&page=1").then().statusCode(200)
                .body("items.size()", is(2)).body("page", is(1)).body("size", is(2)).body("totalItems", is(5)).body("totalPages", is(3));
        as(admin).get(base("southampton") + "/actions?planId=" + planId + "&sourceType=SECTION_11&theme=child-exploitation&status=NOT_STARTED&rag=GREEN")
                .then().statusCode(200).body("totalItems", is(5));
        as(admin).get(base("southampton") + "/actions?planId=" + planId + "&theme=neglect").then().body("totalItems", is(0));
        as(admin).get(base("southampton") + "/actions?planId=" + planId + "&dueFrom=" + TestClock.today().plusDays(102)
                + "&dueTo=" + TestClock.today().plusDays(104)).then().body("totalItems", is(3))
                .body("items.dueDate", contains(TestClock.today().plusDays(102).toString(), TestClock.today().plusDays(103).toString(),
                        TestClock.today().plusDays(104).toString()));
        as(admin).get(base("southampton") + "/action-plans?sourceType=SECTION_11&theme=child-exploitation").then().statusCode(200)
                .body("items.id", hasItem(planId));
    }

    @Test
    void csvExportHasTheSameRowsAsTheList() throws Exception {
        String csv = as(admin).accept("text/csv").get(base("southampton") + "/actions/export?planId=" + planId + "&ownerAgency=bitterne-park-school")
                .then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("attachment")).extract().asString();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
        assertEquals(3, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.get("ownerAgency").equals("bitterne-park-school") && r.get("planId").equals(planId)
                && r.get("rag").equals("GREEN") && r.get("sourceType").equals("SECTION_11")));
    }

    @Test
    void agencyExportHoldsOnlyItsOwnActions() {
        String csv = as(DemoTokens.southamptonCharity()).accept("text/csv").get(base("southampton") + "/actions/export?planId=" + planId)
                .then().statusCode(200).extract().asString();
        assertFalse(csv.contains("bitterne-park-school"));
        assertEquals(3, csv.strip().split("\r?\n").length, "header + the charity's two actions");
    }
}
