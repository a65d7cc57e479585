package org.lif.contracts.training;

/**
 * The organiser recorded whether a booked attendee came. The attendee is not named: only the booking and agency.
 *
 * @param chargePence amount charged to the agency for non-attendance, in pence (GBP); 0 when none
 */
public record AttendanceRecordedV1(String bookingId, String sessionId, String courseId, String agency, boolean attended,
                                   int chargePence) {
}
