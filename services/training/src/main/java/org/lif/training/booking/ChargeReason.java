package org.lif.training.booking;

public enum ChargeReason {
    NON_ATTENDANCE, LATE_CANCELLATION
}
