package org.lif.contracts.audits;

import java.time.LocalDate;
import java.util.Map;

/**
 * A school submitted its Section 175/157 return, signed off by its governor.
 *
 * @param windowId     id of the schools audit window
 * @param academicYear e.g. "2025-26"
 * @param agency       the school (a relevant agency)
 * @param submittedOn  date submitted
 * @param closesOn     the window's closing date
 * @param onTime       submitted on or before the closing date
 * @param ragCounts    number of standards per self-rating, e.g. {"GREEN": 10, "AMBER": 2, "RED": 0}
 */
public record SchoolsReturnSubmittedV1(String windowId, String academicYear, String agency, LocalDate submittedOn,
                                       LocalDate closesOn, boolean onTime, Map<String, Integer> ragCounts) {
}
