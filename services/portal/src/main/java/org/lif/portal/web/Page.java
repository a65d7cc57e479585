package org.lif.portal.web;

import org.lif.portal.partnership.Partnership;

/**
 * What the layout of every page needs: the page's title (also the browser tab's), the chosen partnership (null on
 * pages outside one: the choice of partnership, the accessibility statement, error pages), the signed-in person's
 * name (null when nobody is signed in) and which navigation item is current.
 */
public record Page(String title, Partnership partnership, String personName, String section) {

    public boolean in(String navigationItem) {
        return navigationItem.equals(section);
    }
}
