package org.lif.platform.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The operator's bank-holiday file ({@value CalendarProducer#FILE_PROPERTY}) and which version of it was last read,
 * so that a changed file can be picked up without a restart ({@link BankHolidaysReloader}) and an unchanged one is
 * not parsed again. A version is its last-modified time and size: an operator replacing or editing the file changes
 * at least one of them.
 */
final class BankHolidaysFile {

    private record Version(FileTime modified, long size) {
    }

    private final Path path;
    private Version lastRead;

    BankHolidaysFile(Path path) {
        this.path = Objects.requireNonNull(path, "path");
    }

    Path path() {
        return path;
    }

    /**
     * Reads the file.
     *
     * @throws UncheckedIOException     if it cannot be read
     * @throws IllegalArgumentException if it is not a valid, complete england-and-wales list
     */
    synchronized WorkingDayCalendar load() {
        // the version is taken before the content: a change made while reading is seen as a change next time
        Version version = version();
        lastRead = version;
        return WorkingDayCalendar.fromFile(path);
    }

    /**
     * Reads the file again if it changed since it was last read, otherwise nothing. A changed file that is refused is
     * not read again until it changes once more (one error per bad version, not one per check).
     *
     * @throws UncheckedIOException     if it cannot be read
     * @throws IllegalArgumentException if its new content is not a valid, complete england-and-wales list
     */
    synchronized Optional<WorkingDayCalendar> loadIfChanged() {
        Version version = version();
        if (version.equals(lastRead)) {
            return Optional.empty();
        }
        return Optional.of(load());
    }

    private Version version() {
        try {
            return new Version(Files.getLastModifiedTime(path), Files.size(path));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bank-holiday file " + path, e);
        }
    }
}
