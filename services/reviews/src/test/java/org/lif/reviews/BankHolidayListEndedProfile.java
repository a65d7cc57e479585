package org.lif.reviews;

import io.quarkus.test.junit.QuarkusTestProfile;
import org.lif.platform.calendar.WorkingDayCalendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The service with a bank-holiday list that ended on 31 December {@value #LAST_YEAR} (the shipped list cut short, given
 * as {@code lif.calendar.bank-holidays-file}), so that dates in the past, as the API requires, lie beyond it.
 */
public class BankHolidayListEndedProfile implements QuarkusTestProfile {

    public static final int LAST_YEAR = 2025;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("lif.calendar.bank-holidays-file", file().toString());
    }

    private static Path file() {
        String events = WorkingDayCalendar.englandAndWales().holidays().stream()
                .filter(d -> d.getYear() <= LAST_YEAR)
                .map(d -> "{\"title\":\"Bank holiday\",\"date\":\"" + d + "\"}")
                .collect(Collectors.joining(","));
        try {
            Path file = Files.createTempFile("bank-holidays-to-" + LAST_YEAR, ".json");
            file.toFile().deleteOnExit();
            return Files.writeString(file, "{\"division\":\"england-and-wales\",\"events\":[" + events + "]}");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
