package org.lif.reviews.review;

import java.time.LocalDate;

/** Metadata of a draft or final report and where the document is kept (the document itself is not stored here). */
public record ReportDocument(String title, String version, String documentUrl, LocalDate receivedOn) {
}
