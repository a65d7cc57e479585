package org.lif.journeys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lif.testkit.OpenApiOperations;
import org.lif.testkit.TestClock;
import org.lif.testkit.TestKeycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The access matrix across the five services, end to end (issue #8): the services' jars on PostgreSQL, Kafka and the
 * real Keycloak with the committed realm. A small fixture is created through the public APIs (agency-owned objects of
 * two southampton agencies in every service, a little in portsmouth); then the matrix is <em>generated</em> from the
 * OpenAPI documents the five running services serve, and every operation is called as every identity of the realm
 * (its users and its agency clients, read from {@code deploy/keycloak/lif-realm.json}) and without a token:
 * <ul>
 *   <li>no token: 401 on every partnership and host operation;</li>
 *   <li>no role in the path's partnership (or not host-admin on a host operation): 403 on every operation;</li>
 *   <li>an agency-scoped identity (relevant-agency, practitioner; in training also a safeguarding partner, whom training
 *       confines to its own agency's people) on another agency's object: never 2xx, and exactly the answer the same
 *       request gets for an id that does not exist (so 404 where the role may use the operation; 403 where it may not;
 *       400 where the body is refused first) - for reads and writes;</li>
 *   <li>another partnership's object ids under a partnership the caller has a role in: the answer of a non-existent id;</li>
 *   <li>the same identities read their own agency's objects (the main GETs their role allows);</li>
 *   <li>every GET, as every identity with a role: no 2xx body of an agency-scoped identity names another agency's
 *       object id, or another agency in an {@code agency}/{@code ownerAgency}/{@code school} field or a table row;</li>
 *   <li>nothing answers 5xx; every 4xx is {@code application/problem+json};</li>
 *   <li>the refused writes changed nothing: what the owners and the admin read of every agency-owned object, and every
 *       service's audit trail, are the same before and after the matrix.</li>
 * </ul>
 * Failures are collected per cell and reported together as a table.
 */
class AccessMatrixJourneyTest {

    static final String S = "southampton";
    static final String PO = "portsmouth";
    static final String BPPS = "bitterne-park-school";
    static final String YOUTH = "youth-options";
    static final String POLICE = "hampshire-constabulary";
    static final String MAYFIELD = "mayfield-school";
    static final Set<String> AGENCIES = Set.of(BPPS, YOUTH, POLICE, MAYFIELD);
    static final List<String> SERVICES = List.of("reviews", "audits", "training", "action-plans", "reporting");
    static final Set<String> AGENCY_FIELDS = Set.of("agency", "ownerAgency", "owner_agency", "school", "agencyId");
    static final Pattern UUID_LIKE = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    static final ObjectMapper JSON = new ObjectMapper();
    static final LocalDate TODAY = TestClock.today();
    static final List<String> STANDARDS = List.of("S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8");

    static final Map<String, RunningService> running = new LinkedHashMap<>();

    @BeforeAll
    static void startServices() {
        FreshInstallation.consumersStartAtTheEnd();
        for (String s : SERVICES) {
            running.put(s, RunningService.start(s, RunningService.environment("journey_matrix_" + s.replace('-', '_'))));
        }
        CompletableFuture.allOf(running.values().stream()
                .map(s -> CompletableFuture.runAsync(() -> s.awaitReady(RunningService.STARTUP)))
                .toArray(CompletableFuture[]::new)).join();
    }

    @AfterAll
    static void stopServices() {
        running.values().forEach(RunningService::close);
    }

    // ---- identities --------------------------------------------------------------------------------------------

    /** A demo identity of the realm: its partnership roles, agency, host-admin, and a real token. */
    record Identity(String name, Map<String, Set<String>> roles, String agency, boolean host, String token) {
        boolean hasRoleIn(String partnership) {
            return roles.containsKey(partnership);
        }

        boolean is(String partnership, String role) {
            return roles.getOrDefault(partnership, Set.of()).contains(role);
        }

        /** Confined to its own agency's objects in this service (docs/security.md). */
        boolean scopedIn(String service) {
            return agency != null && (is(S, "relevant-agency") || is(S, "practitioner")
                    || ("training".equals(service) && is(S, "safeguarding-partner")));
        }
    }

    /** Every user and every agency client of the committed realm, with the roles its groups grant. */
    static List<Identity> realmIdentities() {
        try {
            JsonNode realm = JSON.readTree(Path.of(System.getProperty("lif.keycloak.realm")).toFile());
            List<Identity> out = new ArrayList<>();
            for (JsonNode u : realm.path("users")) {
                Map<String, Set<String>> roles = new TreeMap<>();
                for (JsonNode g : u.path("groups")) {
                    Matcher m = Pattern.compile("/?partnerships/([a-z0-9][a-z0-9-]*)/([a-z-]+)").matcher(g.asText());
                    if (m.matches()) {
                        roles.computeIfAbsent(m.group(1), k -> new java.util.TreeSet<>()).add(m.group(2));
                    }
                }
                JsonNode agencyAttr = u.path("attributes").path("agency");
                String agency = agencyAttr.isArray() && agencyAttr.size() > 0 ? agencyAttr.get(0).asText() : null;
                boolean host = false;
                for (JsonNode r : u.path("realmRoles")) {
                    host |= "host-admin".equals(r.asText());
                }
                String client = u.path("serviceAccountClientId").asText(null);
                String name = client != null ? client : u.path("username").asText();
                String token = client != null ? TestKeycloak.clientToken(client) : TestKeycloak.token(name);
                out.add(new Identity(name, roles, agency, host, token));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the fixture -------------------------------------------------------------------------------------------

    /** An object owned by an agency: the path variable that names it, its id, and the other variables of its path. */
    record Owned(String service, String variable, String id, String agency, Map<String, String> context, String label) {
    }

    final List<Owned> owned = Collections.synchronizedList(new ArrayList<>());
    /** service -> variable -> value: the objects a path is filled with when it does not address an agency-owned one. */
    final Map<String, Map<String, String>> defaults = new HashMap<>();
    final List<String> fixtureGaps = new ArrayList<>();

    static RequestSpecification as(String service, String token) {
        return given().baseUri(running.get(service).url()).log().ifValidationFails().auth().oauth2(token)
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    String step(String what, Supplier<String> create) {
        try {
            String id = create.get();
            if (id == null) {
                fixtureGaps.add(what + ": no id");
            }
            return id;
        } catch (AssertionError | RuntimeException e) {
            fixtureGaps.add(what + ": " + abbreviate(String.valueOf(e.getMessage()), 400));
            return null;
        }
    }

    void own(String service, String variable, String id, String agency, String label, String... context) {
        if (id == null) {
            return;
        }
        Map<String, String> ctx = new LinkedHashMap<>();
        for (int i = 0; i < context.length; i += 2) {
            if (context[i + 1] == null) {
                return;
            }
            ctx.put(context[i], context[i + 1]);
        }
        owned.add(new Owned(service, variable, id, agency, ctx, label));
    }

    void fallback(String service, String variable, String value) {
        if (value != null) {
            defaults.computeIfAbsent(service, k -> new HashMap<>()).putIfAbsent(variable, value);
        }
    }

    void createFixture(Map<String, String> tokens) {
        String admin = tokens.get("southampton-admin");
        String chair = tokens.get("hips-chair");
        String school = tokens.get("southampton-school");
        String charity = tokens.get("southampton-charity");
        String police = tokens.get("southampton-police");
        String practitioner = tokens.get("southampton-practitioner");
        String P = "/api/v1/partnerships/" + S;

        // action-plans: a plan holding only the school's action, one holding only the charity's; a challenge on each
        String ap = "action-plans";
        for (String agency : List.of(BPPS, YOUTH)) {
            String plan = step("action plan for " + agency, () -> as(ap, admin).body(Map.of("title", "Neglect learning plan " + agency.length(),
                            "source", Map.of("type", "REVIEW", "reference", "rev-" + agency.length()), "scope", "MULTI_AGENCY",
                            "subgroup", "SILG", "themes", List.of("neglect")))
                    .post(P + "/action-plans").then().statusCode(201).extract().path("id"));
            String action = plan == null ? null : step("action of " + agency, () -> as(ap, admin).body(Map.of("description",
                            "Refresh the neglect toolkit training", "ownerAgency", agency, "lead", "Designated safeguarding lead",
                            "dueDate", TODAY.plusDays(60).toString()))
                    .post(P + "/action-plans/" + plan + "/actions").then().statusCode(201).extract().path("id"));
            String challenge = plan == null ? null : step("chair's challenge on the plan of " + agency, () -> as(ap, chair)
                    .body(Map.of("question", "How will you know the training changed practice?"))
                    .post(P + "/action-plans/" + plan + "/challenges").then().statusCode(201).extract().path("id"));
            own(ap, "planId", plan, agency, "plan holding only " + agency + "'s action");
            own(ap, "actionId", action, agency, "action of " + agency);
            own(ap, "challengeId", challenge, agency, "challenge on the plan of " + agency, "planId", plan);
        }
        // portsmouth: a plan with an action of its school (objects of another partnership)
        String portsmouthPlan = step("portsmouth plan", () -> as(ap, tokens.get("portsmouth-admin")).body(Map.of("title", "Portsmouth plan",
                        "source", Map.of("type", "AUDIT", "reference", "aud-1"), "scope", "MULTI_AGENCY", "subgroup", "SILG",
                        "themes", List.of("neglect")))
                .post("/api/v1/partnerships/" + PO + "/action-plans").then().statusCode(201).extract().path("id"));
        if (portsmouthPlan != null) {
            step("portsmouth action", () -> as(ap, tokens.get("portsmouth-admin")).body(Map.of("description", "Attendance follow-up",
                            "ownerAgency", MAYFIELD, "lead", "Head", "dueDate", TODAY.plusDays(30).toString()))
                    .post("/api/v1/partnerships/" + PO + "/action-plans/" + portsmouthPlan + "/actions").then().statusCode(201).extract().path("id"));
        }

        // reviews: a rapid review asking only the school, one asking only the charity (their information requests)
        String rv = "reviews";
        for (String agency : List.of(BPPS, YOUTH)) {
            String review = step("rapid review asking " + agency, () -> as(rv, admin).body(Map.of("becameAwareOn", "2025-09-30",
                            "notifiedOn", "2025-10-01", "children", List.of(Map.of("pseudonym", "Child T", "ageBand", "UNDER_ONE",
                                    "harm", "SERIOUS_HARM", "lookedAfter", false)),
                            "summary", "Non-accidental injury to an infant; neglect suspected.", "agenciesInvolved", List.of(agency)))
                    .post(P + "/notifications").then().statusCode(201).extract().path("rapidReviewId"));
            String request = review == null ? null : step("information request to " + agency, () -> {
                List<String> ids = as(rv, admin).get(P + "/reviews/" + review + "/information-requests").then().statusCode(200)
                        .extract().path("findAll { it.agency == '" + agency + "' }.id");
                if (ids.isEmpty()) {
                    return as(rv, admin).body(Map.of("agency", agency, "dueOn", TODAY.plusDays(10).toString()))
                            .post(P + "/reviews/" + review + "/information-requests").then().statusCode(201).extract().path("id");
                }
                return ids.get(0);
            });
            own(rv, "reviewId", review, agency, "rapid review asking only " + agency);
            own(rv, "requestId", request, agency, "information request to " + agency, "reviewId", review);
        }

        // training: a future session booked by three people of three agencies; a past session they attended, evaluated,
        // and whose 3-month follow-ups were issued; a briefing cascaded by two agencies
        String tr = "training";
        String course = step("course", () -> as(tr, admin).body(Map.of("title", "Neglect: spotting the signs",
                        "learningOutcomes", List.of("Recognise cumulative harm"), "audienceLevel", "LEVEL_3", "delivery", "FACE_TO_FACE",
                        "themes", List.of("neglect")))
                .post(P + "/courses").then().statusCode(201).extract().path("id"));
        fallback(tr, "courseId", course);
        Map<String, String> people = new LinkedHashMap<>();
        people.put(BPPS, practitioner);
        people.put(YOUTH, charity);
        people.put(POLICE, police);
        Map<String, String> usernames = Map.of(BPPS, "southampton-practitioner", YOUTH, "southampton-charity", POLICE, "southampton-police");
        Map<String, String> sectors = Map.of(BPPS, "EDUCATION", YOUTH, "VOLUNTARY_AND_COMMUNITY", POLICE, "POLICE");
        if (course != null) {
            OffsetDateTime past = TestClock.now().minusMonths(3).minusDays(10).withHour(9).withMinute(30).withSecond(0).withNano(0);
            String pastSession = step("past session", () -> as(tr, admin).body(Map.of("courseId", course, "startsAt", past.toString(),
                            "endsAt", past.plusHours(3).toString(), "venue", "Civic Centre", "trainer", "Jo Trainer", "capacity", 20))
                    .post(P + "/sessions").then().statusCode(201).extract().path("id"));
            if (pastSession != null) {
                as(tr, admin).post(P + "/sessions/" + pastSession + "/publish").then().statusCode(200);
                List<Map<String, Object>> attendees = new ArrayList<>();
                for (String agency : people.keySet()) {
                    String booking = step("registration of " + agency, () -> as(tr, admin).body(Map.of("practitioner", usernames.get(agency),
                                    "name", "Person of " + sectors.get(agency), "email", usernames.get(agency) + "@lif.example",
                                    "lineManagerEmail", "manager@lif.example", "agency", agency, "sector", sectors.get(agency)))
                            .post(P + "/sessions/" + pastSession + "/registrations").then().statusCode(201).extract().path("id"));
                    own(tr, "bookingId", booking, agency, "attended booking of " + agency);
                    if (booking != null) {
                        attendees.add(Map.of("bookingId", booking, "attendance", "ATTENDED"));
                    }
                }
                step("attendance", () -> {
                    as(tr, admin).body(Map.of("attendees", attendees)).post(P + "/sessions/" + pastSession + "/attendance").then().statusCode(200);
                    return "ok";
                });
                for (Owned b : List.copyOf(owned)) {
                    if (b.variable().equals("bookingId")) {
                        step("evaluation of " + b.agency(), () -> {
                            as(tr, people.get(b.agency())).body(Map.of("confidenceBefore", 2, "confidenceAfter", 4, "outcomesMet", "FULLY"))
                                    .post(P + "/bookings/" + b.id() + "/evaluation").then().statusCode(201);
                            return "ok";
                        });
                    }
                }
                step("follow-ups", () -> {
                    as(tr, admin).post(P + "/follow-ups/run").then().statusCode(200);
                    List<Map<String, Object>> items = as(tr, admin).get(P + "/follow-ups?size=100").then().statusCode(200).extract().path("items");
                    for (Map<String, Object> f : items) {
                        own(tr, "followUpId", (String) f.get("id"), (String) f.get("agency"), "follow-up of " + f.get("agency"));
                    }
                    return items.isEmpty() ? null : "ok";
                });
                fallback(tr, "sessionId", pastSession);
            }
            OffsetDateTime future = TestClock.now().plusDays(30).withHour(9).withMinute(30).withSecond(0).withNano(0);
            String futureSession = step("future session", () -> as(tr, admin).body(Map.of("courseId", course, "startsAt", future.toString(),
                            "endsAt", future.plusHours(3).toString(), "venue", "Civic Centre", "trainer", "Jo Trainer", "capacity", 20))
                    .post(P + "/sessions").then().statusCode(201).extract().path("id"));
            if (futureSession != null) {
                as(tr, admin).post(P + "/sessions/" + futureSession + "/publish").then().statusCode(200);
                for (Map.Entry<String, String> person : people.entrySet()) {
                    String agency = person.getKey();
                    String booking = step("booking of " + agency, () -> as(tr, person.getValue()).body(Map.of("lineManagerEmail", "manager@lif.example",
                                    "email", usernames.get(agency) + "@lif.example", "name", "Person of " + sectors.get(agency),
                                    "sector", sectors.get(agency)))
                            .post(P + "/sessions/" + futureSession + "/bookings").then().statusCode(201).extract().path("id"));
                    own(tr, "bookingId", booking, agency, "future booking of " + agency);
                }
            }
        }
        String briefing = step("briefing", () -> as(tr, admin).body(Map.of("title", "Seven-minute briefing: neglect", "kind", "SEVEN_MINUTE_BRIEFING",
                        "summary", "1. Background ... 7. Questions", "themes", List.of("neglect")))
                .post(P + "/briefings").then().statusCode(201).extract().path("id"));
        if (briefing != null) {
            as(tr, admin).post(P + "/briefings/" + briefing + "/publish").then().statusCode(200);
            for (String token : List.of(school, charity)) {
                step("cascade", () -> {
                    as(tr, token).body(Map.of("countReached", 12, "cascadedOn", TODAY.minusDays(1).toString()))
                            .post(P + "/briefings/" + briefing + "/cascades").then().statusCode(201);
                    return "ok";
                });
            }
            fallback(tr, "briefingId", briefing);
        }

        // audits: running multi-agency audits each with one of the agencies and its return; single-agency audits the
        // partnership requested of each agency; single-agency audits each agency shared; a Section 11 cycle with both
        // agencies' submitted self-assessments, moderated and challenged; a schools window with the school's return
        String au = "audits";
        String tool = step("audit tool", () -> as(au, admin).body(Map.of("name", "Neglect audit tool",
                        "questions", List.of(Map.of("code", "Q1", "text", "Was the child seen and heard?"))))
                .post(P + "/audits/tools").then().statusCode(201).extract().path("id"));
        fallback(au, "toolId", tool);
        Map<String, String> agencyTokens = Map.of(BPPS, school, YOUTH, charity);
        for (String agency : List.of(BPPS, YOUTH)) {
            String multi = step("multi-agency audit with " + agency, () -> as(au, admin).body(auditPlan("Thematic audit", "MULTI_AGENCY_THEMATIC", null))
                    .post(P + "/audits").then().statusCode(201).extract().path("audit.id"));
            if (multi != null && tool != null) {
                step("start audit with " + agency, () -> {
                    as(au, admin).body(Map.of("toolId", tool, "agencies", List.of(agency), "caseSample", List.of("CASE-2025-014"),
                            "returnsDueOn", TODAY.plusDays(14).toString())).post(P + "/audits/" + multi + "/start").then().statusCode(200);
                    as(au, agencyTokens.get(agency)).body(Map.of("answers", List.of(Map.of("question", "Q1", "caseRef", "CASE-2025-014",
                                    "grade", "GOOD", "comment", "Seen alone at every visit.")), "overallGrade", "GOOD", "summary", "Sound practice."))
                            .put(P + "/audits/" + multi + "/returns/mine").then().statusCode(200);
                    return "ok";
                });
            }
            own(au, "auditId", multi, agency, "running audit only " + agency + " takes part in");
            String requested = step("single-agency audit requested of " + agency, () -> as(au, admin).body(auditPlan("Supervision audit", "SINGLE_AGENCY", agency))
                    .post(P + "/audits").then().statusCode(201).extract().path("audit.id"));
            own(au, "auditId", requested, agency, "single-agency audit requested of " + agency);
            String shared = step("single-agency audit shared by " + agency, () -> as(au, agencyTokens.get(agency)).body(Map.of("title", "Attendance audit",
                            "programmeYear", TODAY.getYear(), "share", Map.of("summary", "12 records audited.", "outcomes", "Good in 10 of 12.", "casesAudited", 12)))
                    .post(P + "/audits/single-agency").then().statusCode(201).extract().path("audit.id"));
            own(au, "auditId", shared, agency, "single-agency audit shared by " + agency);
        }
        String cycle = step("Section 11 cycle", () -> as(au, admin).body(Map.of("title", "Section 11 " + TODAY.getYear(), "startYear", TODAY.getYear(),
                        "agencies", List.of(YOUTH, BPPS), "submissionsDueOn", TODAY.plusMonths(2).toString()))
                .post(P + "/section11/cycles").then().statusCode(201).extract().path("id"));
        fallback(au, "cycleId", cycle);
        if (cycle != null) {
            String c = P + "/section11/cycles/" + cycle;
            for (String agency : List.of(BPPS, YOUTH)) {
                String token = agencyTokens.get(agency);
                String assessed = step("Section 11 self-assessment of " + agency, () -> {
                    List<Map<String, Object>> answers = new ArrayList<>();
                    for (String s : STANDARDS) {
                        answers.add(Map.of("standard", s, "rag", "GREEN", "narrative", "Narrative for " + s,
                                "evidence", List.of(Map.of("description", "Board minutes", "dated", TODAY.minusMonths(1).toString()))));
                    }
                    as(au, token).post(c + "/assessments/mine").then().statusCode(201);
                    as(au, token).body(Map.of("answers", answers)).put(c + "/assessments/mine").then().statusCode(200);
                    as(au, token).post(c + "/assessments/mine/submit").then().statusCode(200);
                    as(au, admin).body(Map.of("ratings", STANDARDS.stream().map(s -> Map.of("standard", s, "rating", "GREEN")).toList()))
                            .put(c + "/assessments/" + agency + "/moderation").then().statusCode(200);
                    return agency;
                });
                own(au, "agency", assessed, agency, "Section 11 assessment of " + agency, "cycleId", cycle);
                String challenge = assessed == null ? null : step("chair's Section 11 challenge to " + agency, () -> as(au, chair)
                        .body(Map.of("standard", "S3", "question", "How do children shape your services?"))
                        .post(c + "/assessments/" + agency + "/challenges").then().statusCode(201).extract().path("id"));
                own(au, "challengeId", challenge, agency, "Section 11 challenge to " + agency, "cycleId", cycle, "agency", agency);
            }
        }
        int y = TODAY.getYear();
        String window = step("schools window", () -> as(au, admin).body(Map.of("academicYear", y + "-" + String.format("%02d", (y + 1) % 100),
                        "opensOn", TODAY.minusDays(1).toString(), "closesOn", TODAY.plusDays(30).toString()))
                .post(P + "/schools-audits").then().statusCode(201).extract().path("id"));
        fallback(au, "windowId", window);
        if (window != null) {
            for (String agency : List.of(BPPS)) {
                String returned = step("schools return of " + agency, () -> {
                    as(au, agencyTokens.get(agency)).body(Map.of("answers", List.of(Map.of("standard", "K1", "selfRating", "GREEN"))))
                            .put(P + "/schools-audits/" + window + "/returns/mine").then().statusCode(200);
                    return agency;
                });
                own(au, "school", returned, agency, "schools return of " + agency, "windowId", window);
            }
        }

        // reporting: an indicator owned by each agency; a draft yearly report
        String rp = "reporting";
        for (String agency : List.of(BPPS, YOUTH)) {
            String indicator = step("indicator of " + agency, () -> as(rp, admin).body(Map.of("year", TODAY.getYear(), "code", "IND-" + agency.length(),
                            "name", "Percentage of staff trained", "definition", "Trained staff over all staff", "unit", "%",
                            "polarity", "HIGHER_IS_BETTER", "ownerAgency", agency))
                    .post(P + "/indicators").then().statusCode(201).extract().path("id"));
            own(rp, "indicatorId", indicator, agency, "indicator owned by " + agency);
        }
        String report = step("yearly report", () -> as(rp, admin).body(Map.of("year", TODAY.getYear() - 1))
                .post(P + "/annual-reports").then().statusCode(201).extract().path("id"));
        fallback(rp, "reportId", report);
        if (report != null) {
            fallback(rp, "sectionKey", step("report section", () -> as(rp, admin).get(P + "/annual-reports/" + report).then().statusCode(200)
                    .extract().path("sections[0].key")));
        }
    }

    static Map<String, Object> auditPlan(String title, String type, String ownerAgency) {
        Map<String, Object> body = new HashMap<>(Map.of("title", title, "type", type, "programmeYear", TODAY.getYear(), "themes", List.of("neglect"),
                "subgroup", "SPIG", "plannedStart", TODAY.toString(), "plannedEnd", TODAY.plusMonths(3).toString(), "lead", "Audit lead"));
        if (ownerAgency != null) {
            body.put("ownerAgency", ownerAgency);
        }
        return body;
    }

    // ---- the operations the services serve --------------------------------------------------------------------

    record Op(String service, String method, String template, List<String> variables, JsonNode operation, JsonNode doc) {
        boolean read() {
            return "GET".equals(method);
        }

        boolean host() {
            return template.startsWith("/api/v1/host/");
        }

        String key() {
            return service + " " + method + " " + template;
        }
    }

    static List<Op> servedOperations() {
        List<Op> ops = new ArrayList<>();
        for (Map.Entry<String, RunningService> s : running.entrySet()) {
            JsonNode doc = OpenApiOperations.served(s.getValue().url());
            for (OpenApiOperations.Operation o : OpenApiOperations.of(doc)) {
                ops.add(new Op(s.getKey(), o.method(), o.template(), o.variables(), o.node(), doc));
            }
        }
        return ops;
    }

    // ---- filling paths -----------------------------------------------------------------------------------------

    List<Owned> ownedOf(String service, String variable) {
        synchronized (owned) {
            return owned.stream().filter(o -> o.service().equals(service) && o.variable().equals(variable)).toList();
        }
    }

    /** The path variables for {@code caller}: its own agency's objects where it has some, else the defaults. */
    Map<String, String> fill(Op op, String partnership, String agency) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("partnershipId", partnership);
        String preferred = agency == null ? BPPS : agency;
        List<String> reversed = new ArrayList<>(op.variables());
        Collections.reverse(reversed);
        for (String v : reversed) {
            if (values.containsKey(v)) {
                continue;
            }
            ownedOf(op.service(), v).stream().filter(o -> o.agency().equals(preferred)).findFirst().ifPresent(o -> {
                o.context().forEach(values::putIfAbsent);
                values.put(v, o.id());
            });
        }
        for (String v : op.variables()) {
            if (!values.containsKey(v)) {
                values.put(v, defaultValue(op.service(), v));
            }
        }
        return values;
    }

    String defaultValue(String service, String variable) {
        String fixture = defaults.getOrDefault(service, Map.of()).get(variable);
        if (fixture != null) {
            return fixture;
        }
        List<Owned> any = ownedOf(service, variable);
        if (!any.isEmpty()) {
            return any.get(0).id();
        }
        return switch (variable) {
            case "year" -> String.valueOf(TODAY.getYear());
            case "fromYear" -> String.valueOf(TODAY.getYear() - 1);
            case "quarter" -> "1";
            case "table" -> "actions-by-status";
            case "theme" -> "neglect";
            case "sectionKey" -> "introduction";
            case "rule" -> "rapid-review"; // a local rule every partnership has
            case "agency", "school" -> BPPS;
            // an id nothing has: the same one every time, so that the snapshots before and after compare the same paths
            default -> UUID.nameUUIDFromBytes((service + " " + variable).getBytes(StandardCharsets.UTF_8)).toString();
        };
    }

    static String nonExistent(String value) {
        return UUID_LIKE.matcher(value).matches() ? UUID.randomUUID().toString() : "no-such-agency";
    }

    String url(Op op, Map<String, String> values) {
        String path = op.template();
        for (Map.Entry<String, String> v : values.entrySet()) {
            path = path.replace("{" + v.getKey() + "}", URLEncoder.encode(v.getValue(), StandardCharsets.UTF_8));
        }
        List<String> query = new ArrayList<>();
        List<JsonNode> params = new ArrayList<>();
        op.doc().path("paths").path(op.template()).path("parameters").forEach(params::add);
        op.operation().path("parameters").forEach(params::add);
        for (JsonNode p : params) {
            if (!"query".equals(p.path("in").asText())) {
                continue;
            }
            String name = p.path("name").asText();
            if ("size".equals(name)) {
                query.add("size=100");
            } else if (p.path("required").asBoolean(false)) {
                query.add(name + "=" + URLEncoder.encode(OpenApiOperations.sample(op.doc(), p.path("schema"), TODAY.minusDays(1)).asText(), StandardCharsets.UTF_8));
            }
        }
        return running.get(op.service()).url() + path + (query.isEmpty() ? "" : "?" + String.join("&", query));
    }

    // ---- bodies -------------------------------------------------------------------------------------------------

    /** Minimal valid-looking bodies for the writes that matter most on another agency's object; the rest from the schema. */
    static final Map<String, Object> BODIES = Map.ofEntries(
            Map.entry("POST /actions/{actionId}/status", Map.of("status", "IN_PROGRESS")),
            Map.entry("POST /actions/{actionId}/progress", Map.of("note", "Progress note")),
            Map.entry("POST /actions/{actionId}/complete", Map.of("summary", "Done")),
            Map.entry("POST /actions/{actionId}/sign-off", Map.of("decision", "APPROVE")),
            Map.entry("POST /bookings/{bookingId}/evaluation", Map.of("confidenceBefore", 3, "confidenceAfter", 4, "outcomesMet", "FULLY")),
            Map.entry("POST /follow-ups/{followUpId}/answer", Map.of("practiceChanged", 3, "confidenceNow", 3)),
            Map.entry("POST /follow-ups/{followUpId}/line-manager-view", Map.of("practiceChanged", 3, "comment", "Seen in supervision")),
            Map.entry("POST /audits/{auditId}/share", Map.of("summary", "Summary", "outcomes", "Outcomes", "casesAudited", 3)),
            Map.entry("PUT /audits/{auditId}/returns/mine", Map.of("answers", List.of(Map.of("question", "Q1", "grade", "GOOD")), "overallGrade", "GOOD")),
            Map.entry("POST /reviews/{reviewId}/information-requests/{requestId}/contribution", Map.of("chronology", "Chronology", "summary", "Summary")),
            Map.entry("PUT /indicators/{indicatorId}/values/{quarter}", Map.of("value", 50, "confidence", "HIGH")),
            Map.entry("POST /section11/cycles/{cycleId}/assessments/{agency}/challenges/{challengeId}/answer", Map.of("answer", "An answer")),
            Map.entry("PUT /schools-audits/{windowId}/returns/mine", Map.of("answers", List.of(Map.of("standard", "K1", "selfRating", "RED")))));

    static String body(Op op) {
        if (op.read()) {
            return null;
        }
        String suffix = op.method() + " " + op.template().replaceFirst("^/api/v1/partnerships/\\{partnershipId}", "");
        try {
            if (BODIES.containsKey(suffix)) {
                return JSON.writeValueAsString(BODIES.get(suffix));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if ("text/csv".equals(contentType(op))) {
            return "code,quarter,value\nIND-1,1,50\n";
        }
        JsonNode json = op.operation().path("requestBody").path("content").get("application/json");
        if (json == null) {
            return op.operation().has("requestBody") ? "{}" : null;
        }
        return OpenApiOperations.sample(op.doc(), json.path("schema"), TODAY.minusDays(1)).toString();
    }

    /** The media type the operation consumes (the first its OpenAPI names), JSON when it names none. */
    static String contentType(Op op) {
        Iterator<String> types = op.operation().path("requestBody").path("content").fieldNames();
        return types.hasNext() ? types.next() : "application/json";
    }

    // ---- requests, cells, failures ------------------------------------------------------------------------------

    record Answer(int status, String contentType, String body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    record Failure(String rule, String identity, String request, int status, String problem) {
    }

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    final List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
    final Map<String, AtomicInteger> cells = new ConcurrentHashMap<>();
    /** rule -> status -> how many answers: shows what the cells actually reached (a lookup's 404, a role's 403...). */
    final Map<String, Map<Integer, Integer>> statuses = new ConcurrentHashMap<>();
    final Map<String, Answer> baselines = new ConcurrentHashMap<>();

    static Answer send(String method, String url, String token, String body) {
        return send(method, url, token, body, "application/json");
    }

    static Answer send(String method, String url, String token, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json, text/csv, application/pdf;q=0.5, */*;q=0.1")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        for (int attempt = 0; ; attempt++) {
            try {
                HttpResponse<byte[]> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                String type = r.headers().firstValue("Content-Type").orElse("");
                String text = type.contains("pdf") ? "(pdf, " + r.body().length + " bytes)" : new String(r.body(), StandardCharsets.UTF_8);
                return new Answer(r.statusCode(), type, text);
            } catch (IOException e) {
                if (attempt >= 2) {
                    return new Answer(-1, "", "no answer: " + e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** One cell: sends, checks what every answer must satisfy, and returns the answer for the rule's own check. */
    Answer cell(String rule, Identity who, Op op, String url, String body) {
        cells.computeIfAbsent(rule, k -> new AtomicInteger()).incrementAndGet();
        Answer a = send(op.method(), url, who == null ? null : who.token(), body, contentType(op));
        statuses.computeIfAbsent(rule, k -> new ConcurrentHashMap<>()).merge(a.status(), 1, Integer::sum);
        String request = op.method() + " " + shortUrl(url);
        String name = who == null ? "(no token)" : who.name();
        if (a.status() < 0 || a.status() >= 500) {
            failures.add(new Failure(rule, name, request, a.status(), "server error: " + abbreviate(a.body(), 200)));
        } else if (a.status() >= 400 && !a.contentType().startsWith("application/problem+json")) {
            failures.add(new Failure(rule, name, request, a.status(), "refusal is not problem+json but '" + a.contentType() + "'"));
        }
        return a;
    }

    void flag(String rule, Identity who, Op op, String url, Answer a, String problem) {
        failures.add(new Failure(rule, who == null ? "(no token)" : who.name(), op.method() + " " + shortUrl(url), a.status(), problem));
    }

    static String shortUrl(String url) {
        return url.replaceFirst("^http://127\\.0\\.0\\.1:\\d+", "");
    }

    static String abbreviate(String s, int max) {
        String one = s == null ? "" : s.replace('\n', ' ');
        return one.length() > max ? one.substring(0, max) + "…" : one;
    }

    // ---- leaks --------------------------------------------------------------------------------------------------

    /** What a 2xx answer to an agency-scoped caller must not show: another agency's object ids, or another agency's rows. */
    void checkNoLeak(String rule, Identity who, Op op, String url, Answer a) {
        if (!a.ok() || !who.scopedIn(op.service()) || !who.hasRoleIn(S)) {
            return;
        }
        List<Owned> foreign;
        synchronized (owned) {
            foreign = owned.stream().filter(o -> o.service().equals(op.service()) && !o.agency().equals(who.agency())
                    && UUID_LIKE.matcher(o.id()).matches()).toList();
        }
        for (Owned o : foreign) {
            if (a.body().contains(o.id())) {
                flag(rule, who, op, url, a, "LEAK: the answer shows the " + o.label());
            }
        }
        Set<String> others = AGENCIES.stream().filter(x -> !x.equals(who.agency())).collect(Collectors.toSet());
        if (a.contentType().startsWith("application/json")) {
            try {
                List<String> found = new ArrayList<>();
                walk(JSON.readTree(a.body()), null, others, found);
                if (!found.isEmpty()) {
                    flag(rule, who, op, url, a, "LEAK: another agency's data: " + abbreviate(String.join(", ", found), 300));
                }
            } catch (IOException notJson) {
                flag(rule, who, op, url, a, "answer declared JSON but is not: " + abbreviate(a.body(), 100));
            }
        } else if (a.contentType().startsWith("text/csv")) {
            for (String line : a.body().split("\r?\n")) {
                for (String value : line.split(",")) {
                    if (others.contains(value.replace("\"", "").trim())) {
                        flag(rule, who, op, url, a, "LEAK: another agency's row in the CSV: " + abbreviate(line, 200));
                    }
                }
            }
        }
    }

    static void walk(JsonNode node, String field, Set<String> others, List<String> found) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                walk(f.getValue(), f.getKey(), others, found);
            }
        } else if (node.isArray()) {
            boolean row = node.size() > 0 && node.get(0).isValueNode() && field == null;
            for (JsonNode item : node) {
                if (row && item.isTextual() && others.contains(item.asText())) {
                    found.add("table row " + node);
                }
                walk(item, item.isArray() ? null : field, others, found);
            }
        } else if (node.isTextual() && field != null && AGENCY_FIELDS.contains(field) && others.contains(node.asText())) {
            found.add(field + "=" + node.asText());
        }
    }

    // ---- snapshot of what the owners and the partnership read -----------------------------------------------------

    Map<String, String> snapshot(List<Op> ops, Map<String, Identity> byName) {
        Map<String, String> state = new TreeMap<>();
        Map<String, String> ownerOf = Map.of(BPPS, "southampton-school", YOUTH, "southampton-charity", POLICE, "southampton-police");
        for (Op op : ops) {
            if (!op.read() || op.host()) {
                continue;
            }
            if (op.template().endsWith("/audit-trail")) {
                Identity admin = byName.get("southampton-admin");
                Answer a = send("GET", running.get(op.service()).url() + "/api/v1/partnerships/" + S + "/audit-trail?size=5", admin.token(), null);
                state.put(op.service() + " audit trail", a.status() + " " + a.body());
                continue;
            }
            for (String v : op.variables()) {
                for (Owned o : ownedOf(op.service(), v)) {
                    for (String reader : List.of("southampton-admin", ownerOf.get(o.agency()))) {
                        Identity who = byName.get(reader);
                        Map<String, String> values = fill(op, S, who.agency());
                        values.putAll(o.context());
                        values.put(v, o.id());
                        String url = url(op, values);
                        Answer a = send("GET", url, who.token(), null);
                        String content = a.ok() && a.contentType().startsWith("application/json") ? a.body() : "(" + a.contentType() + ")";
                        state.put(reader + " " + shortUrl(url), a.status() + " " + content);
                    }
                }
            }
        }
        return state;
    }

    // ---- the matrix -------------------------------------------------------------------------------------------------

    /** (service, template) -> identities that must read their own agency's object there (their role allows it). */
    static boolean mustRead(Identity who, Op op) {
        if (!op.read() || !who.scopedIn(op.service()) || !who.hasRoleIn(S)) {
            return false;
        }
        String t = op.template().replaceFirst("^/api/v1/partnerships/\\{partnershipId}", "");
        boolean agency = who.is(S, "relevant-agency");
        boolean schoolsReturn = BPPS.equals(who.agency());
        return switch (op.service()) {
            case "action-plans" -> agency && List.of("/actions", "/actions/{actionId}", "/action-plans", "/action-plans/{planId}").contains(t);
            case "training" -> List.of("/bookings", "/bookings/{bookingId}", "/follow-ups", "/follow-ups/{followUpId}").contains(t)
                    || who.is(S, "practitioner") && t.equals("/bookings/{bookingId}/evaluation");
            case "reviews" -> agency && List.of("/reviews", "/reviews/{reviewId}", "/reviews/{reviewId}/information-requests").contains(t);
            case "audits" -> agency && (List.of("/audits", "/audits/{auditId}", "/audits/{auditId}/returns/mine",
                    "/section11/cycles/{cycleId}/assessments/mine").contains(t) || schoolsReturn && t.equals("/schools-audits/{windowId}/returns/mine"));
            case "reporting" -> agency && List.of("/indicators", "/indicators/{indicatorId}").contains(t);
            default -> false;
        };
    }

    @Test
    void everyOperationEveryIdentityOwnAndOtherPartnershipAndAgency() throws Exception {
        long started = System.nanoTime();
        List<Identity> identities = realmIdentities();
        Map<String, Identity> byName = identities.stream().collect(Collectors.toMap(Identity::name, i -> i));
        assertTrue(byName.keySet().containsAll(List.of("southampton-admin", "southampton-school", "southampton-charity", "southampton-police",
                "southampton-practitioner", "portsmouth-admin", "hips-chair", "hips-host", "agency-bitterne-park-school")), "realm identities: " + byName.keySet());
        createFixture(identities.stream().collect(Collectors.toMap(Identity::name, Identity::token)));
        System.out.printf("AccessMatrix: fixture of %d agency-owned objects, gaps %s%n", owned.size(), fixtureGaps);

        // reporting's read model holds both agencies' actions and training before its tables are checked for leaks
        Identity admin = byName.get("southampton-admin");
        Eventually.value("both agencies' actions and training in reporting", () -> {
            String rows = as("reporting", admin.token()).get("/api/v1/partnerships/" + S + "/dashboard").then().statusCode(200).extract().asString();
            return rows.contains(BPPS) && rows.contains(YOUTH) && rows.contains(POLICE) ? rows : null;
        }, running.values().toArray(RunningService[]::new));

        long fixtureSeconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        List<Op> ops = servedOperations();
        Map<String, String> before = snapshot(ops, byName);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> work = new ArrayList<>();
        for (Op op : ops) {
            work.add(pool.submit(() -> matrixOf(op, identities)));
        }
        for (Future<?> f : work) {
            f.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();
        Map<String, String> after = snapshot(ops, byName);
        for (Map.Entry<String, String> b : before.entrySet()) {
            String now = after.get(b.getKey());
            if (!b.getValue().equals(now)) {
                failures.add(new Failure("refused writes change nothing", b.getKey().split(" ")[0], "GET " + b.getKey().split(" ", 2)[1], -1,
                        "CHANGED by the matrix: before " + abbreviate(b.getValue(), 300) + " / after " + abbreviate(now, 300)));
            }
        }

        int total = cells.values().stream().mapToInt(AtomicInteger::get).sum();
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        StringBuilder summary = new StringBuilder(String.format("AccessMatrix: %d operations of %d services x %d identities (+ no token): "
                + "%d cells in %d s (fixture %d s); %d agency-owned objects; %d failures%n", ops.size(), running.size(), identities.size(), total,
                seconds, fixtureSeconds, owned.size(), failures.size()));
        new TreeMap<>(cells).forEach((rule, n) -> summary.append(String.format("  %-72s %5d cells, by status %s%n", rule, n.get(),
                new TreeMap<>(statuses.getOrDefault(rule, Map.of())))));
        // the matrix reached the objects: another agency's objects were looked up (404), not only refused by role
        for (String kind : List.of("reads", "writes")) {
            int lookedUp = statuses.getOrDefault("another agency's object: as an unknown id (" + kind + ")", Map.of()).getOrDefault(404, 0);
            if (lookedUp < 20) {
                failures.add(new Failure("the matrix reached agency-owned objects", "-", kind, lookedUp, "only " + lookedUp + " cells answered 404"));
            }
        }
        System.out.print(summary);
        List<String> table = new ArrayList<>();
        fixtureGaps.forEach(g -> table.add("fixture | - | - | - | " + g));
        synchronized (failures) {
            failures.stream().sorted(Comparator.comparing(Failure::rule).thenComparing(Failure::request).thenComparing(Failure::identity))
                    .forEach(f -> table.add(f.rule() + " | " + f.identity() + " | " + f.request() + " | " + f.status() + " | " + f.problem()));
        }
        Path report = Path.of("target", "access-matrix-failures.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, summary + "rule | identity | request | status | problem\n" + String.join("\n", table) + "\n");
        if (!table.isEmpty()) {
            fail(table.size() + " failing cell(s) (all in " + report.toAbsolutePath() + "):\n" + summary
                    + "rule | identity | request | status | problem\n" + table.stream().limit(150).collect(Collectors.joining("\n")));
        }
    }

    void matrixOf(Op op, List<Identity> identities) {
        String body = body(op);
        if (op.host()) {
            String url = url(op, Map.of());
            Answer a = cell("no token: 401", null, op, url, body);
            if (a.status() != 401) {
                flag("no token: 401", null, op, url, a, "expected 401");
            }
            for (Identity who : identities) {
                if (who.host()) {
                    if (op.read()) {
                        Answer h = cell("host-admin reads the host view", who, op, url, null);
                        if (!h.ok()) {
                            flag("host-admin reads the host view", who, op, url, h, "expected 2xx");
                        }
                    }
                    continue;
                }
                Answer r = cell("not host-admin on a host operation: 403", who, op, url, body);
                if (r.status() != 403) {
                    flag("not host-admin on a host operation: 403", who, op, url, r, "expected 403");
                }
            }
            return;
        }
        String southamptonUrl = url(op, fill(op, S, null));
        Answer anonymous = cell("no token: 401", null, op, southamptonUrl, body);
        if (anonymous.status() != 401) {
            flag("no token: 401", null, op, southamptonUrl, anonymous, "expected 401");
        }
        for (Identity who : identities) {
            // no role in the path's partnership: 403, whatever the object
            for (String partnership : List.of(S, PO)) {
                if (!who.hasRoleIn(partnership)) {
                    Map<String, String> values = fill(op, S, null);
                    values.put("partnershipId", partnership);
                    String url = url(op, values);
                    Answer a = cell("no role in the path's partnership: 403", who, op, url, body);
                    if (a.status() != 403) {
                        flag("no role in the path's partnership: 403", who, op, url, a, "expected 403");
                    }
                }
            }
            // another partnership's objects under a partnership it has a role in: as if they did not exist
            if (who.hasRoleIn(PO) && op.variables().size() > 1) {
                Map<String, String> values = fill(op, S, null);
                values.put("partnershipId", PO);
                Map<String, String> none = new LinkedHashMap<>(values);
                boolean anyId = false;
                for (String v : op.variables()) {
                    if (!v.equals("partnershipId") && UUID_LIKE.matcher(values.get(v)).matches()) {
                        none.put(v, UUID.randomUUID().toString());
                        anyId = true;
                    }
                }
                if (anyId) {
                    String rule = "southampton's objects under portsmouth's path: as unknown ids";
                    String url = url(op, values);
                    Answer a = cell(rule, who, op, url, body);
                    Answer b = cell(rule + " (unknown ids)", who, op, url(op, none), body);
                    if (a.ok() || a.status() != b.status()) {
                        flag(rule, who, op, url, a, "another partnership's object answers " + a.status() + ", an unknown id " + b.status());
                    }
                }
            }
            if (!who.hasRoleIn(S)) {
                continue;
            }
            // own partnership, own agency's objects (reads only: writes would change the fixture)
            if (op.read()) {
                String url = url(op, fill(op, S, who.scopedIn(op.service()) ? who.agency() : null));
                String rule = "reads in its own partnership: no 5xx, no other agency's data";
                Answer a = cell(rule, who, op, url, null);
                checkNoLeak(rule, who, op, url, a);
                if (mustRead(who, op) && !a.ok()) {
                    flag("reads its own agency's object", who, op, url, a, "expected 2xx for its own agency's object");
                }
            }
            // another agency's objects: exactly as if they did not exist, never 2xx
            if (who.scopedIn(op.service())) {
                for (String v : op.variables()) {
                    for (Owned o : ownedOf(op.service(), v)) {
                        if (o.agency().equals(who.agency())) {
                            continue;
                        }
                        Map<String, String> values = fill(op, S, who.agency());
                        values.putAll(o.context());
                        values.put(v, o.id());
                        Map<String, String> none = new LinkedHashMap<>(values);
                        none.put(v, nonExistent(o.id()));
                        String rule = "another agency's object: as an unknown id (" + (op.read() ? "reads" : "writes") + ")";
                        String url = url(op, values);
                        Answer a = cell(rule, who, op, url, body);
                        String noneUrl = url(op, none);
                        Answer b = baselines.computeIfAbsent(who.name() + " " + v + " " + op.method() + " " + shortUrl(noneUrl).replaceAll(UUID_LIKE.pattern(), "?"),
                                k -> cell(rule + " (unknown id)", who, op, noneUrl, body));
                        if (a.ok()) {
                            flag(rule, who, op, url, a, "LEAK: 2xx on the " + o.label() + ": " + abbreviate(a.body(), 200));
                        } else if (a.status() != b.status()) {
                            flag(rule, who, op, url, a, "the " + o.label() + " answers " + a.status() + ", an unknown id " + b.status());
                        } else if (!List.of(400, 403, 404).contains(a.status())) {
                            flag(rule, who, op, url, a, "expected 404 (403 for a role without the operation, 400 for a refused body)");
                        }
                    }
                }
            }
        }
    }
}
