package org.lif.actionplans.action;

public enum ActionStatus {
    NOT_STARTED, IN_PROGRESS, COMPLETED, NOT_ACHIEVED, CANCELLED;

    /** Open actions still have work to do and can become overdue. */
    public boolean open() {
        return this == NOT_STARTED || this == IN_PROGRESS;
    }
}
