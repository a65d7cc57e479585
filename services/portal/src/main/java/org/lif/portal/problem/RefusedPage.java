package org.lif.portal.problem;

/** The portal itself refuses a page (404: no such page, 403: not one of the person's partnerships). */
public class RefusedPage extends RuntimeException {

    private final int status;

    public RefusedPage(int status) {
        super("refused " + status, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
