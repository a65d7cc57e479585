package org.lif.journeys;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.lif.testkit.TestClock;
import org.lif.testkit.TestKeycloak;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The portal as a partnership's business unit officer uses it, in a real Chromium: signing in on Keycloak's own login
 * page (realm {@code lif}, client {@code lif-portal}, code flow with PKCE), filtering the actions list, opening an
 * action, refusing a completion and moving a due date with reasons, with the forms' errors shown and nothing typed
 * lost, and signing out. The portal and action-plans run from their jars as in production; the data the officer works
 * on is created through the action-plans API first, and every change made in the pages is checked through that API
 * too. Every page visited, Keycloak's included, passes axe-core's WCAG 2.2 A and AA rules with no violation. Another
 * partnership's officer, typing the addresses directly, sees nothing of it; a title holding markup shows as text.
 * The reviews part: recording a serious incident notification through the form (an error first, typed values kept),
 * its rapid review's case page with the statutory clock in working days, the reviews list, and the partnership's
 * local rules, one changed and put back to its default; reviews and training run from their jars too.
 * <p>
 * The methods run in order and share the stack, the data and the browser: each names one part of the journey.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalJourneyTest {

    static final String PARTNERSHIP = "southampton";
    static final String P = "/api/v1/partnerships/" + PARTNERSHIP;
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final String PLAN_TITLE = "Learning from Child J <script>alert('plan')</script>";

    static final String SUMMARY = "Child T was brought to hospital with a head injury; <b>markup</b> stays text.";

    static RunningService actionPlans;
    static RunningService reviews;
    static RunningService training;
    static RunningService portal;
    static Browser browser;
    static String admin;
    /** Completed by the youth-options charity, waiting for sign-off. */
    static String completedAction;
    /** Owned by the school, in progress: its due date moves. */
    static String schoolAction;
    static LocalDate today;
    /** The rapid review opened by the notification recorded through the portal's form. */
    static String rapidReview;
    static String rapidReviewTitle;

    @BeforeAll
    static void startStackAndData() {
        FreshInstallation.consumersStartAtTheEnd();
        actionPlans = RunningService.start("action-plans", RunningService.environment("journey_portal_action_plans"));
        reviews = RunningService.start("reviews", RunningService.environment("journey_portal_reviews"));
        training = RunningService.start("training", RunningService.environment("journey_portal_training"));
        Map<String, String> portalEnv = new HashMap<>();
        portalEnv.put("QUARKUS_OIDC_AUTH_SERVER_URL", TestKeycloak.realmUrl());
        portalEnv.put("QUARKUS_OIDC_CREDENTIALS_SECRET", "lif-portal-secret");
        portalEnv.put("LIF_PORTAL_SERVICES_ACTION_PLANS_URL", actionPlans.url());
        portalEnv.put("LIF_PORTAL_SERVICES_REVIEWS_URL", reviews.url());
        portalEnv.put("LIF_PORTAL_SERVICES_TRAINING_URL", training.url());
        // plain http on 127.0.0.1 in the test: the cookies cannot be Secure here (they are in production)
        portalEnv.put("QUARKUS_OIDC_AUTHENTICATION_COOKIE_FORCE_SECURE", "false");
        portalEnv.put("QUARKUS_REST_CSRF_COOKIE_FORCE_SECURE", "false");
        portal = RunningService.start("portal", portalEnv);
        RunningService.awaitAllReady(actionPlans, reviews, training, portal);
        allowPortalAt(portal.url());
        browser = Browser.start();

        today = TestClock.today(); // the services run on the run's pinned clock
        admin = TestKeycloak.token("southampton-admin");
        String plan = actionPlans.as(admin).body(Map.of("title", PLAN_TITLE, "source", Map.of("type", "REVIEW", "reference", "CSPR-7"),
                        "scope", "MULTI_AGENCY", "themes", List.of("infant-injury")))
                .post(P + "/action-plans").then().statusCode(201).extract().path("id");
        completedAction = actionPlans.as(admin).body(Map.of("description", "Brief all youth workers on the bruising protocol",
                        "ownerAgency", "youth-options", "dueDate", today.plusDays(30).toString()))
                .post(P + "/action-plans/" + plan + "/actions").then().statusCode(201).extract().path("id");
        schoolAction = actionPlans.as(admin).body(Map.of("description", "Audit chronologies in pastoral records",
                        "ownerAgency", "bitterne-park-school", "dueDate", today.plusDays(90).toString()))
                .post(P + "/action-plans/" + plan + "/actions").then().statusCode(201).extract().path("id");
        String charity = TestKeycloak.token("southampton-charity");
        actionPlans.as(charity).body(Map.of("note", "All 14 youth workers briefed", "evidence",
                        List.of(Map.of("kind", "TEXT", "description", "Attendance register of the briefing"))))
                .post(P + "/actions/" + completedAction + "/progress").then().statusCode(201);
        actionPlans.as(charity).body(Map.of("summary", "Every youth worker has been briefed"))
                .post(P + "/actions/" + completedAction + "/complete").then().statusCode(200);
        actionPlans.as(admin).body(Map.of("status", "IN_PROGRESS")).post(P + "/actions/" + schoolAction + "/status").then().statusCode(200);
        // enough actions for a second page (20 a page): the police's, due later than the others
        String policePlan = actionPlans.as(admin).body(Map.of("title", "Section 11 improvement plan",
                        "source", Map.of("type", "SECTION_11", "reference", "S11-2026"), "scope", "SINGLE_AGENCY"))
                .post(P + "/action-plans").then().statusCode(201).extract().path("id");
        for (int i = 1; i <= 21; i++) {
            actionPlans.as(admin).body(Map.of("description", "Section 11 standard " + i + ": evidence of supervision",
                            "ownerAgency", "hampshire-constabulary", "dueDate", today.plusDays(200 + i).toString()))
                    .post(P + "/action-plans/" + policePlan + "/actions").then().statusCode(201);
        }
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        RunningService.closeAll(portal, actionPlans, reviews, training);
    }

    @Test
    @Order(1)
    void signingInOnKeycloaksPageLeadsBackToThePageAskedFor() {
        browser.open(portal.url() + "/partnerships/southampton/actions");
        waitFor(By.id("kc-login"));
        browser.assertAccessible("Keycloak's sign-in page");
        browser.type("username", "southampton-admin");
        browser.type("password", "demo");
        browser.click("#kc-login");
        backOnThePortal();
        assertEquals("/partnerships/southampton/actions", browser.path(), "back on the page asked for before signing in");
        assertEquals("Southampton Safeguarding Children Partnership", browser.text(".lif-header__partnership"));
        browser.assertAccessible("the actions list");
        for (Cookie cookie : browser.driver.manage().getCookies()) {
            assertTrue(cookie.isHttpOnly(), "cookie " + cookie.getName() + " is HttpOnly: scripts cannot read the session or its tokens");
        }
        browser.clickLink("Home");
        assertEquals("Southampton Safeguarding Children Partnership", browser.text("h1"));
        browser.assertAccessible("the partnership's home");
        browser.screenshot("partnership-home");
    }

    @Test
    @Order(2)
    void theActionsListFiltersWithTheApisFilters() {
        browser.open(portal.url() + "/partnerships/southampton/actions");
        assertEquals("23 actions, page 1 of 2", browser.text("#results-count"));
        assertEquals(20, browser.all("tbody tr").size());
        browser.click(".govuk-pagination__next a");
        assertEquals("23 actions, page 2 of 2", browser.text("#results-count"));
        assertEquals(3, browser.all("tbody tr").size());
        assertTrue(browser.text(".govuk-table").contains("Section 11 standard 21: evidence of supervision"), "latest due last");
        browser.assertAccessible("the second page of the actions list");
        browser.open(portal.url() + "/partnerships/southampton/actions?overdue=&ownerAgency=&status=&rag=AMBER");
        browser.screenshot("actions-list");
        new org.openqa.selenium.support.ui.Select(browser.find("#status")).selectByVisibleText("Completed");
        browser.click("form[method=get] button[type=submit]");
        assertEquals("1 action", browser.text("#results-count"));
        assertTrue(browser.text(".govuk-table").contains("Brief all youth workers on the bruising protocol"));
        assertTrue(browser.text(".govuk-table").contains("Amber"), "RAG in words");
        browser.assertAccessible("the actions list filtered by status");

        browser.clickLink("Clear filters");
        browser.type("ownerAgency", "bitterne-park-school");
        browser.type("dueFrom-day", String.valueOf(today.plusDays(60).getDayOfMonth()));
        browser.type("dueFrom-month", String.valueOf(today.plusDays(60).getMonthValue()));
        browser.type("dueFrom-year", String.valueOf(today.plusDays(60).getYear()));
        browser.click("form[method=get] button[type=submit]");
        assertEquals("1 action", browser.text("#results-count"));
        assertTrue(browser.text(".govuk-table").contains("Audit chronologies in pastoral records"));
        assertTrue(browser.text(".govuk-table").contains("Bitterne park school"), "the owner agency in words");
        browser.assertAccessible("the actions list filtered by agency and due date");

        // the CSV download carries the same filters, and streams the API's CSV with the person's token
        String csvHref = browser.find("a[download]").getAttribute("href");
        assertTrue(csvHref.contains("ownerAgency=bitterne-park-school"), csvHref);
        String csv = (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(function (r) { return r.text(); }).then(done, function (e) { done('failed: ' + e); });",
                csvHref);
        assertTrue(csv.contains("Audit chronologies in pastoral records"), csv);
        assertFalse(csv.contains("Brief all youth workers"), "the same filters as the page: " + csv);

        browser.type("dueTo-day", "31");
        browser.type("dueTo-month", "2");
        browser.type("dueTo-year", "2027");
        browser.click("form[method=get] button[type=submit]");
        assertEquals("There is a problem", browser.text(".govuk-error-summary__title"));
        assertTrue(browser.text(".govuk-error-summary__list").contains("Due to must be a real date"));
        assertEquals("31", browser.find("#dueTo-day").getAttribute("value"), "what was typed is kept");
        browser.assertAccessible("the actions list with a date that is not real");
    }

    @Test
    @Order(3)
    void refusingACompletionNeedsAReasonAndPutsTheActionBackInProgress() {
        browser.open(portal.url() + "/partnerships/southampton/actions");
        browser.clickLink("Brief all youth workers on the bruising protocol");
        assertEquals("Completed", browser.text("#action-status"));
        assertTrue(browser.text("#action-sign-off").startsWith("Waiting for the partnership to sign it off"));
        assertFalse(browser.source().contains("COMPLETED"), "no status code on the page");
        browser.assertAccessible("an action waiting for sign-off");
        browser.screenshot("action");

        browser.clickLink("Sign off or refuse the completion");
        browser.assertAccessible("the sign-off question");
        browser.click("#decision-2");
        browser.click("main form button[type=submit]");
        // the service refuses without a reason: its problem's field error becomes the page's error summary
        assertEquals("There is a problem", browser.text(".govuk-error-summary__title"));
        assertEquals("Enter why you are refusing the completion", browser.find(".govuk-error-summary__list a").getText());
        assertEquals("#reason", browser.find(".govuk-error-summary__list a").getAttribute("hash"));
        assertTrue(browser.text("#reason-error").contains("Enter why you are refusing the completion"));
        assertTrue(browser.find("#decision-2").isSelected(), "the chosen answer is kept");
        assertTrue(browser.driver.getTitle().startsWith("Error: "));
        browser.assertAccessible("the sign-off question with an error");
        browser.screenshot("sign-off-error");

        browser.type("reason", "The register does not show the night staff.");
        browser.click("main form button[type=submit]");
        assertEquals("You refused the completion of this action. It is back in progress.", browser.text(".govuk-notification-banner__heading"));
        assertEquals("In progress", browser.text("#action-status"));
        assertTrue(browser.text("#action-sign-off").contains("Refused"));
        assertTrue(browser.text("#action-sign-off").contains("The register does not show the night staff."));
        browser.assertAccessible("the action after the refusal");

        actionPlans.as(admin).get(P + "/actions/" + completedAction).then().statusCode(200)
                .body("status", is("IN_PROGRESS")).body("signOff.status", is("REFUSED"))
                .body("signOff.reason", is("The register does not show the night staff."))
                .body("signOff.by", is("southampton-admin"));
    }

    @Test
    @Order(4)
    void changingADueDateKeepsWhatWasTypedWhenTheReasonIsMissing() {
        LocalDate newDate = today.plusDays(120);
        browser.open(portal.url() + "/partnerships/southampton/actions/" + schoolAction);
        browser.clickLink("Change the due date");
        browser.assertAccessible("the due date question");
        browser.type("dueDate-day", String.valueOf(newDate.getDayOfMonth()));
        browser.type("dueDate-month", String.valueOf(newDate.getMonthValue()));
        browser.type("dueDate-year", String.valueOf(newDate.getYear()));
        browser.click("main form button[type=submit]");
        assertEquals("Enter the reason for changing the due date", browser.find(".govuk-error-summary__list a").getText());
        assertEquals(String.valueOf(newDate.getDayOfMonth()), browser.find("#dueDate-day").getAttribute("value"));
        assertEquals(String.valueOf(newDate.getMonthValue()), browser.find("#dueDate-month").getAttribute("value"));
        assertEquals(String.valueOf(newDate.getYear()), browser.find("#dueDate-year").getAttribute("value"));
        browser.assertAccessible("the due date question with an error");
        browser.screenshot("due-date-error");

        browser.type("reason", "The school's autumn term audit moved to January.");
        browser.click("main form button[type=submit]");
        assertEquals("You changed the due date of this action.", browser.text(".govuk-notification-banner__heading"));
        assertTrue(browser.text(".govuk-summary-list").contains(DAY.format(newDate)));
        assertTrue(browser.text(".govuk-table").contains("The school's autumn term audit moved to January."));
        browser.assertAccessible("the action after the due date change");

        actionPlans.as(admin).get(P + "/actions/" + schoolAction).then().statusCode(200)
                .body("dueDate", is(newDate.toString()))
                .body("dueDateHistory[0].reason", is("The school's autumn term audit moved to January."))
                .body("dueDateHistory[0].changedBy", is("southampton-admin"));
    }

    @Test
    @Order(5)
    void recordingANotificationLandsOnItsRapidReviewWithItsClock() {
        browser.open(portal.url() + "/partnerships/southampton");
        browser.clickLink("Reviews");
        assertEquals("/partnerships/southampton/reviews", browser.path());
        assertEquals("0 reviews", browser.text("#results-count"));
        browser.assertAccessible("an empty reviews list");
        browser.clickLink("Record a serious incident notification");
        assertEquals("Record a serious incident notification", browser.text("h1"));
        assertTrue(browser.text(".govuk-warning-text").contains("pseudonym only"), "the form says children are never named");
        browser.assertAccessible("the notification form");

        LocalDate aware = today.minusDays(5);
        LocalDate notified = today.minusDays(2);
        // the date the local authority became aware is left out: the service refuses it, the page says so in its words
        typeDate("notifiedOn", notified);
        browser.type("child1-pseudonym", "Child T");
        new org.openqa.selenium.support.ui.Select(browser.find("#child1-ageBand")).selectByVisibleText("Under 1 year old");
        browser.click("label[for=child1-harm-2]");
        browser.click("label[for=child1-lookedAfter-2]");
        browser.type("agencies", "hampshire-constabulary\nsouthampton-city-council");
        browser.type("summary", SUMMARY);
        browser.click("main form button[type=submit]");
        assertEquals("There is a problem", browser.text(".govuk-error-summary__title"));
        assertEquals("Enter the date the local authority became aware of the incident", browser.find(".govuk-error-summary__list a").getText());
        assertEquals("#becameAwareOn-day", browser.find(".govuk-error-summary__list a").getAttribute("hash"));
        assertTrue(browser.text("#becameAwareOn-error").contains("Enter the date the local authority became aware"));
        assertTrue(browser.driver.getTitle().startsWith("Error: "));
        assertEquals(String.valueOf(notified.getDayOfMonth()), browser.find("#notifiedOn-day").getAttribute("value"), "typed values are kept");
        assertEquals("Child T", browser.find("#child1-pseudonym").getAttribute("value"));
        assertTrue(browser.find("#child1-harm-2").isSelected());
        assertTrue(browser.find("#child1-lookedAfter-2").isSelected());
        assertEquals(SUMMARY, browser.find("#summary").getAttribute("value"));
        assertFalse(browser.source().contains("is required"), "never the service's wording or field names");
        browser.assertAccessible("the notification form with an error");
        browser.screenshot("notification-error");

        typeDate("becameAwareOn", aware);
        browser.click("main form button[type=submit]");
        // recording opens the rapid review and asks each agency for its information: wait for the case page
        try {
            new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector(".govuk-notification-banner__heading")).isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            fail(browser.driver.getTitle() + " at " + browser.path() + ":\n" + browser.text("main"));
        }
        assertEquals("You recorded the serious incident notification. Its rapid review is open.",
                browser.text(".govuk-notification-banner__heading"));
        assertTrue(browser.path().matches("/partnerships/southampton/reviews/[0-9a-f-]{36}"), browser.path());
        rapidReview = browser.path().substring(browser.path().lastIndexOf('/') + 1);

        // the page shows the service's clock: the due date and the working days left, as the reviews API counts them
        Map<String, Object> deadline = reviews.as(admin).get(P + "/reviews/" + rapidReview).then().statusCode(200)
                .body("type", is("RAPID_REVIEW")).body("nextDeadline.rule", is("rapid-review"))
                .extract().path("nextDeadline");
        rapidReviewTitle = reviews.as(admin).get(P + "/reviews/" + rapidReview).then().extract().path("title");
        LocalDate due = LocalDate.parse((String) deadline.get("dueOn"));
        int left = (Integer) deadline.get("workingDaysLeft");
        assertEquals(rapidReviewTitle, browser.text("h1"));
        assertEquals("Rapid review", browser.text(".govuk-caption-l"));
        assertEquals("Gathering information", browser.text("#review-status"));
        assertTrue(browser.text("#next-deadline").contains("due " + DAY.format(due)), browser.text("#next-deadline"));
        assertTrue(browser.text("#next-deadline").contains(left + " working days left"), browser.text("#next-deadline"));
        String timeline = browser.text("#timeline-table");
        assertTrue(timeline.contains("Serious incident notified to the national Panel"), timeline);
        assertTrue(timeline.contains(DAY.format(notified)) && timeline.contains(DAY.format(aware)), timeline);
        assertTrue(timeline.contains("Rapid review sent to the national Panel"), timeline);
        assertTrue(timeline.contains("Due " + DAY.format(due)), timeline);
        assertTrue(browser.text("main").contains("Hampshire constabulary"), "agencies in words");
        assertTrue(browser.text("main").contains("Seriously harmed") && browser.text("main").contains("Under 1 year old"));
        // the summary's markup is text
        assertEquals(SUMMARY, browser.text("#incident-summary"));
        assertTrue(browser.all("main b").isEmpty(), "no element made from the summary");
        for (String code : List.of("RAPID_REVIEW", "SERIOUS_HARM", "UNDER_ONE", "INFORMATION_GATHERING", "hampshire-constabulary")) {
            assertFalse(browser.source().contains(code), "no code or id on the page: " + code);
        }
        browser.assertAccessible("a new rapid review's case page");
        browser.screenshot("review-case");

        reviews.as(admin).get(P + "/notifications?size=100").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].summary", is(SUMMARY))
                .body("items[0].becameAwareOn", is(aware.toString()))
                .body("items[0].children[0].pseudonym", is("Child T")).body("items[0].children[0].harm", is("SERIOUS_HARM"))
                .body("items[0].children[0].lookedAfter", is(false))
                .body("items[0].agenciesInvolved", contains("hampshire-constabulary", "southampton-city-council"));
    }

    @Test
    @Order(6)
    void theReviewsListShowsItWithItsNextDeadline() {
        browser.open(portal.url() + "/partnerships/southampton/reviews");
        assertEquals("1 review", browser.text("#results-count"));
        String table = browser.text(".govuk-table");
        assertTrue(table.contains(rapidReviewTitle), table);
        assertTrue(table.contains("Rapid review") && table.contains("Gathering information"), table);
        assertTrue(table.contains("Rapid review to the national Panel") && table.contains("working days left"), table);
        assertFalse(browser.text("main").contains("INFORMATION_GATHERING"), "codes stay in the options' values, never in what is shown");
        browser.assertAccessible("the reviews list");
        browser.screenshot("reviews-list");

        new org.openqa.selenium.support.ui.Select(browser.find("#type")).selectByVisibleText("Local child safeguarding practice review");
        browser.click("form[method=get] button[type=submit]");
        assertEquals("0 reviews", browser.text("#results-count"));
        assertTrue(browser.driver.getCurrentUrl().contains("type=LCSPR"), "the filter is in the address");
        new org.openqa.selenium.support.ui.Select(browser.find("#type")).selectByVisibleText("Rapid review");
        browser.click("form[method=get] button[type=submit]");
        assertEquals("1 review", browser.text("#results-count"));
        browser.assertAccessible("the reviews list filtered by type");
        browser.clickLink(rapidReviewTitle);
        assertEquals("/partnerships/southampton/reviews/" + rapidReview, browser.path());
    }

    @Test
    @Order(7)
    void theLocalRulesShowEachRuleAndTheBusinessUnitSetsOneAndPutsItBack() {
        browser.open(portal.url() + "/partnerships/southampton");
        browser.clickLink("Local rules");
        assertEquals("Local rules", browser.text("h1"));
        String rapid = browser.text("#rule-reviews-rapid-review");
        assertTrue(rapid.contains("Completing a rapid review"), rapid);
        assertTrue(rapid.contains("15 working days") && rapid.contains("From 5 to 15 working days") && rapid.contains("The default"), rapid);
        assertTrue(rapid.contains("Working Together"), "the basis: " + rapid);
        assertTrue(browser.text("#rule-training-training-self-cancellation-cut-off").contains("Cancelling a training place"));
        assertTrue(browser.text("#rule-action-plans-action-default-due").contains("60 working days"));
        assertFalse(browser.text("main").contains("rapid-review"), "no rule code on the page");
        browser.assertAccessible("the local rules");
        browser.screenshot("local-rules");

        browser.find("#rule-reviews-rapid-review a").click();
        assertEquals("Completing a rapid review", browser.text("h1"));
        browser.assertAccessible("changing a rule");
        browser.type("value", "20");
        browser.click("main form button[type=submit]");
        assertEquals("Enter a whole number from 5 to 15 working days", browser.find(".govuk-error-summary__list a").getText());
        assertEquals("20", browser.find("#value").getAttribute("value"), "what was typed is kept");
        browser.assertAccessible("a rule out of its bounds");
        browser.screenshot("rule-error");
        browser.type("value", "12");
        browser.click("main form button[type=submit]");
        assertTrue(browser.text(".govuk-notification-banner__heading").startsWith("You changed the rule."));
        assertTrue(browser.text("#rule-reviews-rapid-review").contains("12 working days"));
        assertTrue(browser.text("#rule-reviews-rapid-review").contains("Your partnership's own"));
        reviews.as(admin).get(P + "/rules/rapid-review").then().statusCode(200).body("value", is(12)).body("partnershipsOwn", is(true));

        // back to the default, so that nothing else in the run sees the change
        browser.find("#rule-reviews-rapid-review a").click();
        browser.click("form[action$='/default'] button");
        assertTrue(browser.text(".govuk-notification-banner__heading").startsWith("The rule is back to the installation's default."));
        assertTrue(browser.text("#rule-reviews-rapid-review").contains("The default"));
        browser.assertAccessible("the local rules after a change");
        reviews.as(admin).get(P + "/rules/rapid-review").then().statusCode(200).body("value", is(15)).body("partnershipsOwn", is(false));
    }

    @Test
    @Order(20)
    void anEndedSessionSignsInAgainAndReturnsToThePageAskedFor() {
        // the portal's session cookies gone, as when the session ended; Keycloak's session still runs (single sign-on)
        for (Cookie cookie : browser.driver.manage().getCookies()) {
            if (cookie.getName().startsWith("q_session")) {
                browser.driver.manage().deleteCookieNamed(cookie.getName());
            }
        }
        browser.open(portal.url() + "/partnerships/southampton/actions/" + schoolAction);
        backOnThePortal();
        assertEquals("/partnerships/southampton/actions/" + schoolAction, browser.path());
        assertEquals("Audit chronologies in pastoral records", browser.text("h1"));
    }

    @Test
    @Order(21)
    void markupInATitleShowsAsText() {
        browser.open(portal.url() + "/partnerships/southampton/actions/" + completedAction);
        assertEquals(PLAN_TITLE, browser.text(".govuk-caption-l"));
        assertEquals(1, browser.all("script").size(), "only the portal's own script: the title's markup is text");
        assertTrue(browser.source().contains("&lt;script&gt;"));
    }

    @Test
    @Order(22)
    void aFormSentWithoutItsCsrfTokenChangesNothing() {
        browser.open(portal.url() + "/partnerships/southampton/actions/" + schoolAction + "/due-date");
        // as another site's forged form would: the same fields, without the hidden token
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "document.querySelectorAll('main form input[type=hidden]').forEach(function (e) { e.remove(); })");
        browser.type("dueDate-day", "1");
        browser.type("dueDate-month", "1");
        browser.type("dueDate-year", String.valueOf(today.getYear() + 2));
        browser.type("reason", "Forged");
        browser.click("main form button[type=submit]");
        assertEquals("Your form was not sent", browser.text("h1"));
        browser.assertAccessible("the page of a refused form");
        actionPlans.as(admin).get(P + "/actions/" + schoolAction).then().statusCode(200)
                .body("dueDate", is(today.plusDays(120).toString())).body("dueDateHistory", hasSize(1));
    }

    @Test
    @Order(23)
    void pagesCarryTheSecurityHeaders() {
        RestAssured.given().baseUri(portal.url()).redirects().follow(false).get("/accessibility").then().statusCode(200)
                .header("Content-Security-Policy", allOf(containsString("default-src 'self'"), containsString("script-src 'self'"),
                        containsString("frame-ancestors 'none'"), not(containsString("unsafe-inline"))))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store");
    }

    @Test
    @Order(24)
    void signingOutEndsTheKeycloakSessionToo() {
        browser.open(portal.url() + "/partnerships/southampton");
        browser.clickLink("Sign out");
        backOnThePortal();
        assertEquals("You have signed out", browser.text("h1"));
        browser.assertAccessible("the signed-out page");
        browser.open(portal.url() + "/partnerships/southampton/actions");
        waitFor(By.id("kc-login"));
        assertTrue(browser.driver.getCurrentUrl().startsWith(TestKeycloak.realmUrl()), "Keycloak asks for the password again");
    }

    @Test
    @Order(25)
    void anotherPartnershipsOfficerSeesNothingOfIt() {
        browser.open(portal.url() + "/partnerships/southampton/actions/" + completedAction);
        waitFor(By.id("kc-login"));
        browser.type("username", "portsmouth-admin");
        browser.type("password", "demo");
        browser.click("#kc-login");
        backOnThePortal();
        assertEquals("You cannot see this", browser.text("h1"));
        assertNothingOfSouthampton();
        browser.assertAccessible("the refusal page");

        // the same action under the officer's own partnership: the service answers it as unknown
        browser.open(portal.url() + "/partnerships/portsmouth/actions/" + completedAction);
        assertEquals("Page not found", browser.text("h1"));
        assertNothingOfSouthampton();
        browser.assertAccessible("the not found page");
        browser.open(portal.url() + "/partnerships/portsmouth/actions");
        assertEquals("0 actions", browser.text("#results-count"));
        assertNothingOfSouthampton();
        browser.assertAccessible("an empty actions list");
        browser.open(portal.url() + "/partnerships/southampton/actions/download.csv");
        assertEquals("You cannot see this", browser.text("h1"));
        browser.open(portal.url() + "/partnerships/southampton/reviews/" + rapidReview);
        assertEquals("You cannot see this", browser.text("h1"));
        assertNothingOfSouthampton();
        browser.open(portal.url() + "/partnerships/portsmouth/reviews/" + rapidReview);
        assertEquals("Page not found", browser.text("h1"));
        assertNothingOfSouthampton();
        browser.open(portal.url() + "/partnerships/portsmouth/reviews");
        assertEquals("0 reviews", browser.text("#results-count"));
        assertNothingOfSouthampton();
        browser.assertAccessible("an empty reviews list of another partnership");
        browser.open(portal.url() + "/accessibility");
        assertEquals("Accessibility statement for LIF", browser.text("h1"));
        browser.assertAccessible("the accessibility statement");
    }

    @Test
    @Order(26)
    void aChairOfTwoPartnershipsChoosesOneAndStaysInIt() {
        browser.open(portal.url() + "/sign-out");
        backOnThePortal();
        browser.open(portal.url() + "/");
        waitFor(By.id("kc-login"));
        browser.type("username", "hips-chair");
        browser.type("password", "demo");
        browser.click("#kc-login");
        backOnThePortal();
        assertEquals("Choose a partnership", browser.text("h1"));
        assertEquals(List.of("Portsmouth Safeguarding Children Partnership", "Southampton Safeguarding Children Partnership"),
                browser.all("main li a").stream().map(a -> a.getText()).toList());
        browser.assertAccessible("the choice of partnership");
        browser.screenshot("choose-partnership");
        browser.clickLink("Portsmouth Safeguarding Children Partnership");
        assertEquals("Portsmouth Safeguarding Children Partnership", browser.text(".lif-header__partnership"));
        browser.assertAccessible("the chosen partnership's home");
        for (var link : browser.all("header a, main a")) {
            String href = link.getAttribute("href");
            assertTrue(href.equals(portal.url() + "/") || href.endsWith("/sign-out") || href.contains("#")
                    || href.startsWith(portal.url() + "/partnerships/portsmouth"), "every link stays in the chosen partnership: " + href);
        }
        browser.clickLink("Actions");
        assertEquals("/partnerships/portsmouth/actions", browser.path());
        assertEquals("0 actions", browser.text("#results-count"));

        // in southampton the chair reads the actions; signing off and moving due dates are the partnership's
        browser.open(portal.url() + "/partnerships/southampton/actions/" + schoolAction);
        assertEquals("Audit chronologies in pastoral records", browser.text("h1"));
        assertTrue(browser.all("a[href$='/due-date'], a[href$='/sign-off']").isEmpty(), "no decision offered to the chair");
        browser.assertAccessible("an action as the independent chair sees it");

        // the chair reads the review and the local rules; changing a rule is the business unit's
        browser.open(portal.url() + "/partnerships/southampton/reviews/" + rapidReview);
        assertEquals(rapidReviewTitle, browser.text("h1"));
        assertEquals(SUMMARY, browser.text("#incident-summary"));
        browser.assertAccessible("a rapid review as the independent chair sees it");
        browser.open(portal.url() + "/partnerships/southampton/rules");
        assertTrue(browser.text("#rule-reviews-rapid-review").contains("15 working days"));
        assertTrue(browser.all("main a[href*='/rules/']").isEmpty(), "no change offered to the chair");
        assertTrue(browser.text("main").contains("Only your partnership's business unit can change these rules."));
        browser.assertAccessible("the local rules as the independent chair reads them");
        browser.open(portal.url() + "/partnerships/southampton/rules/reviews/rapid-review");
        assertEquals("You cannot see this", browser.text("h1"));
    }

    @Test
    @Order(27)
    void aServiceThatCannotBeReachedGivesASorryPageWithAReference() {
        actionPlans.close(); // last: the stack stops after this anyway; stopped, not killed, so its consumer leaves its group for the next classes
        browser.open(portal.url() + "/partnerships/southampton/actions");
        assertEquals("Sorry, there is a problem with the service", browser.text("h1"));
        assertTrue(browser.text("main").matches("(?s).*quote this reference: [0-9a-f-]{36}.*"), browser.text("main"));
        assertFalse(browser.source().contains("Exception"), "no stack trace or class name");
        browser.assertAccessible("the service problem page");
    }

    private static void typeDate(String id, LocalDate date) {
        browser.type(id + "-day", String.valueOf(date.getDayOfMonth()));
        browser.type(id + "-month", String.valueOf(date.getMonthValue()));
        browser.type(id + "-year", String.valueOf(date.getYear()));
    }

    private static void assertNothingOfSouthampton() {
        String page = browser.source();
        for (String secret : List.of("Brief all youth workers", "Audit chronologies", "Learning from Child J", "Southampton",
                "Child T", "head injury")) {
            assertFalse(page.contains(secret), "portsmouth-admin sees '" + secret + "' on " + browser.driver.getCurrentUrl());
        }
    }

    /** Keycloak's pages have an h1 too: wait until the browser is back on a page of the portal. */
    private static void backOnThePortal() {
        new WebDriverWait(browser.driver, Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().startsWith(portal.url() + "/") && !d.findElements(By.cssSelector("h1")).isEmpty());
    }

    private static void waitFor(By element) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(element));
    }

    /**
     * The realm allows the portal's local address (http://127.0.0.1:8080); the test's portal runs on a free port, so
     * the test registers that address on the client {@code lif-portal} through Keycloak's admin API, as an operator
     * registers a portal's address.
     */
    @SuppressWarnings("unchecked")
    static void allowPortalAt(String portalUrl) {
        String keycloak = TestKeycloak.realmUrl().replaceFirst("/realms/.*$", "");
        String adminToken = RestAssured.given().baseUri(keycloak).contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .post("/realms/master/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
        Map<String, Object> client = RestAssured.given().baseUri(keycloak).auth().oauth2(adminToken)
                .get("/admin/realms/lif/clients?clientId=lif-portal").then().statusCode(200).extract().path("[0]");
        List<String> redirects = new ArrayList<>((List<String>) client.get("redirectUris"));
        redirects.add(portalUrl + "/*");
        client.put("redirectUris", redirects);
        Map<String, Object> attributes = new HashMap<>((Map<String, Object>) client.get("attributes"));
        attributes.put("post.logout.redirect.uris", attributes.get("post.logout.redirect.uris") + "##" + portalUrl + "/*");
        client.put("attributes", attributes);
        RestAssured.given().baseUri(keycloak).auth().oauth2(adminToken).contentType(ContentType.JSON).body(client)
                .put("/admin/realms/lif/clients/" + client.get("id")).then().statusCode(204);
    }
}
