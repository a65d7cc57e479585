package org.lif.contracts.actionplans;

import java.time.LocalDate;

public record ActionDueDateChangedV1(String actionId, String planId, String ownerAgency, LocalDate from, LocalDate to) {
}
