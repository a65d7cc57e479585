package org.lif.portal.partnership;

/** A partnership as the pages show it: its id (in every URL of its pages) and its name (in the header). */
public record Partnership(String id, String name) {

    /** The start of every URL of this partnership's pages: every link of a page stays inside the chosen partnership. */
    public String base() {
        return "/partnerships/" + id;
    }
}
