package org.lif.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A service whose bank-holiday list ended on 31 December {@value #LAST_YEAR}: the list the platform ships, cut short and
 * given as {@code lif.calendar.bank-holidays-file}, so that dates after it (today on the run's pinned clock, or a date
 * in the past where an API requires one) lie beyond the list. For tests of what a service does past the list's end.
 */
public class BankHolidayListEndedProfile implements QuarkusTestProfile {

    public static final int LAST_YEAR = 2025;

    /** The platform's shipped list (a classpath resource of the platform jar). */
    static final String SHIPPED = "calendar/bank-holidays-england-and-wales.json";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("lif.calendar.bank-holidays-file", file().toString());
    }

    private static Path file() {
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException(SHIPPED + " is not on the class path (the platform jar ships it)");
            }
            JsonNode shipped = json.readTree(in);
            JsonNode division = shipped.has("events") ? shipped : shipped.path("england-and-wales");
            ObjectNode cut = json.createObjectNode().put("division", "england-and-wales");
            ArrayNode events = cut.putArray("events");
            division.path("events").forEach(e -> {
                if (Integer.parseInt(e.path("date").asText().substring(0, 4)) <= LAST_YEAR) {
                    events.add(e);
                }
            });
            Path file = Files.createTempFile("bank-holidays-to-" + LAST_YEAR, ".json");
            file.toFile().deleteOnExit();
            return Files.writeString(file, json.writeValueAsString(cut));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
