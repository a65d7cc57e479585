package org.lif.actionplans.action;

/** The partnership's sign-off of a completion: PENDING once the owner marks it completed. */
public enum SignOffStatus {
    NONE, PENDING, SIGNED_OFF, REFUSED
}
