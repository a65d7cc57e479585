package org.lif.training.booking;

public enum Attendance {
    ATTENDED, DID_NOT_ATTEND
}
