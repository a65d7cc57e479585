package org.lif.training.attendance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.lif.training.booking.Attendance;

import java.util.List;
import java.util.UUID;

public final class AttendanceRequests {

    private AttendanceRequests() {
    }

    public record Mark(@NotNull(message = "is required") UUID bookingId, @NotNull(message = "is required") Attendance attendance) {
    }

    public record Register(@NotEmpty(message = "at least one booking is required") @Size(max = 1000, message = "at most 1000 bookings")
                           List<@NotNull(message = "must not be null") @Valid Mark> attendees) {
    }
}
