package org.lif.contracts.actionplans;

public record ActionStatusChangedV1(String actionId, String planId, String ownerAgency, String from, String to) {
}
