package org.lif.reporting;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.lif.contracts.SourceType;
import org.lif.testkit.LifTestStack;

import java.io.IOException;
import java.util.List;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lif.reporting.Api.*;

/** Priorities with their evidence per theme, and the yearly report: assembly, flags, narrative, finalising, publishing, JSON and PDF. */
@QuarkusTest
@WithTestResource(LifTestStack.class)
class AnnualReportTest {

    static final String P = newPartnership("year");
    static final String SCHOOL = "bitterne-park-school";
    /** The reporting year (April to March) that contains today. */
    static final int YEAR = Events.TODAY.getMonthValue() >= 4 ? Events.TODAY.getYear() : Events.TODAY.getYear() - 1;
    static final String TITLES = "What the partnership did, including reviews|How effective the arrangements were|"
            + "Evidence of impact on outcomes for children and families, including training|Areas with little or no progress|"
            + "Decisions and actions on local and national review recommendations|How feedback from children and families was used|"
            + "Independent scrutiny|Priorities";

    @Test
    void prioritiesCountTheEvidencePerTheme() {
        String p = newPartnership("prio");
        Events e = new Events(p);
        e.theme("lcspr-n", "neglect");
        e.auditPlanned("audit-n", YEAR, Events.days(20), List.of("Neglect"));
        e.plan("plan-n", List.of("neglect"));
        e.action("act-n1", "plan-n", SCHOOL, Events.days(30), null);
        e.action("act-n2", "plan-n", SCHOOL, Events.days(30), null);
        e.course("course-n", List.of("neglect"));
        e.attendance("bk-n1", "course-n", SCHOOL, true);
        e.attendance("bk-n2", "course-n", SCHOOL, false);
        e.briefing("brief-n", List.of("neglect"));
        as(partner(p, "hampshire-constabulary")).body(map("decision", "CHANGED", "rationale", "Cumulative harm is missed"))
                .put(base(p) + "/priorities/" + YEAR + "/Neglect").then().statusCode(200).body("theme", is("neglect"));
        as(admin(p)).body(map("decision", "CREATED", "rationale", "A new gap")).put(base(p) + "/priorities/" + YEAR + "/domestic abuse")
                .then().statusCode(200);
        as(admin(p)).body(map("decision", "MAYBE", "rationale", "")).put(base(p) + "/priorities/" + YEAR + "/x").then().statusCode(400);
        as(agency(p, SCHOOL)).body(map("decision", "CHANGED", "rationale", "r")).put(base(p) + "/priorities/" + YEAR + "/x").then().statusCode(403);
        await(() -> as(chair(p)).get(base(p) + "/priorities?year=" + YEAR).then().statusCode(200)
                .extract().path("items.find { it.theme == 'neglect' }.evidence").toString()
                .equals("{reviews=1, audits=1, actions=2, training=1, briefings=1}"), "evidence for neglect");
        as(chair(p)).get(base(p) + "/priorities?year=" + YEAR).then()
                .body("items.theme", is(List.of("domestic-abuse", "neglect")))
                .body("items.find { it.theme == 'domestic-abuse' }.evidence.reviews", is(0))
                .body("items.find { it.theme == 'neglect' }.decision", is("CHANGED"));
        String csv = as(admin(p)).accept("text/csv").get(base(p) + "/priorities?year=" + YEAR).then().statusCode(200).extract().asString();
        assertTrue(csv.contains("neglect,CHANGED,Cumulative harm is missed,1,1,2,1,1"), csv);
        as(admin(p)).get(base(p) + "/priorities").then().statusCode(400);
    }

    @Test
    void yearlyReportIsAssembledEditedFinalisedPublishedAndExported() throws IOException {
        Events e = new Events(P);
        e.notification("yn1", "yrr1", 5, false);
        e.plan("yp1", List.of("neglect"));
        e.action("ya1", "yp1", SCHOOL, Events.days(-3), null);
        e.recommendation("yrec1", SourceType.REVIEW, "ylcspr", List.of("neglect"));
        e.course("yc1", List.of("neglect"));
        e.attendance("yb1", "yc1", SCHOOL, true);
        as(admin(P)).body(map("decision", "STABILISED", "rationale", "Working well")).put(base(P) + "/priorities/" + YEAR + "/neglect").then().statusCode(200);
        as(admin(P)).body(map("decision", "CREATED", "rationale", "New")).put(base(P) + "/priorities/" + YEAR + "/online-harm").then().statusCode(200);
        await(() -> table(admin(P), P, null, "actions-by-status").equals(List.of(List.of("NOT_STARTED", "1")))
                && table(admin(P), P, null, "training-reach").size() == 1 && table(admin(P), P, null, "recommendations-by-status").size() == 1,
                "the data to arrive");

        String id = as(admin(P)).body(map("year", YEAR)).post(base(P) + "/annual-reports").then().statusCode(201)
                .body("version", is(1)).body("status", is("DRAFT")).body("sections.size()", is(8))
                .body("sections.title", is(List.of(TITLES.split("\\|"))))
                .body("sections.find { it.key == 'activity' }.figures.name", hasItems("reviews-by-stage", "training-reach"))
                .body("sections.find { it.key == 'activity' }.figures.find { it.name == 'reviews-by-stage' }.rows[0]", is(List.of("NOTIFIED", 1)))
                .body("sections.find { it.key == 'recommendations' }.figures.find { it.name == 'actions-by-status' }.rows", is(List.of(List.of("NOT_STARTED", 1))))
                .body("sections.find { it.key == 'feedback' }.flags", hasItem(startsWith("LIF holds no record of feedback")))
                .body("sections.find { it.key == 'impact' }.flags", hasItem(startsWith("No 3- or 6-month impact follow-up")))
                .body("sections.find { it.key == 'priorities' }.flags", hasItem(containsString("'online-harm'")))
                .body("sections.find { it.key == 'priorities' }.flags", not(hasItem(containsString("'neglect'"))))
                .body("sections.flags.flatten()", hasItem("The narrative of this section is not written yet."))
                .extract().path("id");
        String report = base(P) + "/annual-reports/" + id;
        as(admin(P)).body(map("year", YEAR)).post(base(P) + "/annual-reports").then().statusCode(409);

        as(chair(P)).body(map("narrative", "The chair scrutinised the Section 11 panel.\n\nChallenge was recorded.")).put(report + "/sections/scrutiny")
                .then().statusCode(200).body("narrative", startsWith("The chair")).body("flags", not(hasItem("The narrative of this section is not written yet.")));
        as(admin(P)).body(map("narrative", "Feedback from young people shaped the neglect toolkit.")).put(report + "/sections/feedback").then().statusCode(200);
        as(admin(P)).body(map("narrative", "x")).put(report + "/sections/nope").then().statusCode(404);
        as(agency(P, SCHOOL)).body(map("narrative", "x")).put(report + "/sections/activity").then().statusCode(403);
        as(agency(P, SCHOOL)).get(report).then().statusCode(404);
        as(agency(P, SCHOOL)).get(base(P) + "/annual-reports").then().statusCode(200).body("totalItems", is(0));
        as(admin(P)).post(report + "/assemble").then().statusCode(200).body("sections.find { it.key == 'scrutiny' }.narrative", startsWith("The chair"));

        byte[] pdf = as(admin(P)).accept("application/pdf").get(report + "/pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        PdfReader reader = new PdfReader(pdf);
        assertTrue(reader.getNumberOfPages() >= 9, "title page and one page per section");
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        int charts = 0;
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
            charts += forms(reader, page);
        }
        for (String title : TITLES.split("\\|")) {
            assertTrue(text.toString().replaceAll("\\s+", " ").contains(title), "section title in the PDF: " + title);
        }
        assertTrue(text.toString().contains("Evidence missing"), "flags in the PDF");
        assertTrue(charts >= 3, "charts in the PDF: " + charts);
        reader.close();

        as(admin(P)).post(report + "/publish").then().statusCode(409);
        as(admin(P)).post(report + "/finalise").then().statusCode(200).body("status", is("FINALISED")).body("finalisedBy", is(P + "-admin"));
        as(admin(P)).body(map("narrative", "late change")).put(report + "/sections/activity").then().statusCode(409)
                .contentType(startsWith("application/problem+json"));
        as(admin(P)).post(report + "/assemble").then().statusCode(409);
        as(admin(P)).post(report + "/finalise").then().statusCode(409);
        as(agency(P, SCHOOL)).get(report).then().statusCode(404);
        as(admin(P)).post(report + "/publish").then().statusCode(200).body("status", is("PUBLISHED"));
        as(agency(P, SCHOOL)).get(report).then().statusCode(200).body("sections.find { it.key == 'feedback' }.narrative", startsWith("Feedback"));
        as(agency(P, SCHOOL)).accept("application/pdf").get(report + "/pdf").then().statusCode(200);
        as(agency(P, SCHOOL)).get(base(P) + "/annual-reports").then().body("items.id", is(List.of(id)));
        // a new version starts from the finalised one's year
        as(admin(P)).body(map("year", YEAR)).post(base(P) + "/annual-reports").then().statusCode(201).body("version", is(2));
        as(admin(P)).get(base(P) + "/audit-trail?entityId=" + id + "&size=50").then().statusCode(200)
                .body("items.action", hasItems("CREATED", "NARRATIVE_EDITED", "REASSEMBLED", "FINALISED", "PUBLISHED"));
    }

    /** Form XObjects on a page: the charts. */
    static int forms(PdfReader reader, int page) {
        PdfDictionary resources = (PdfDictionary) PdfReader.getPdfObject(reader.getPageN(page).get(PdfName.RESOURCES));
        PdfDictionary xobjects = resources == null ? null : (PdfDictionary) PdfReader.getPdfObject(resources.get(PdfName.XOBJECT));
        if (xobjects == null) {
            return 0;
        }
        int n = 0;
        for (PdfName name : xobjects.getKeys()) {
            PdfObject o = PdfReader.getPdfObject(xobjects.get(name));
            if (o instanceof PdfDictionary d && (PdfName.FORM.equals(d.get(PdfName.SUBTYPE)) || PdfName.IMAGE.equals(d.get(PdfName.SUBTYPE)))) {
                n++;
            }
        }
        return n;
    }
}
