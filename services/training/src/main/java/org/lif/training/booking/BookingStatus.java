package org.lif.training.booking;

/** CONFIRMED holds a place; WAITING is on the waiting list; CANCELLED by the booker or the organiser. */
public enum BookingStatus {
    CONFIRMED, WAITING, CANCELLED;

    public boolean live() {
        return this != CANCELLED;
    }
}
