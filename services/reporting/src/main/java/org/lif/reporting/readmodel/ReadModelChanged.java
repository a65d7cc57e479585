package org.lif.reporting.readmodel;

/**
 * Fired (as a CDI event) in the transaction that changes the read model: an event applied for one partnership, or a
 * rebuild clearing every partnership's figures ({@code partnershipId} null). Observers that keep derived figures
 * (the dashboard cache) listen after the transaction commits.
 */
public record ReadModelChanged(String partnershipId) {

    public static ReadModelChanged everyPartnership() {
        return new ReadModelChanged(null);
    }

    public boolean concerns(String partnership) {
        return partnershipId == null || partnershipId.equals(partnership);
    }
}
