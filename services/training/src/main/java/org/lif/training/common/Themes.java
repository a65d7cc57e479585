package org.lif.training.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Learning themes as one comparable form: lower case, words joined by '-' ("Domestic abuse" = "domestic-abuse"). */
public final class Themes {

    private Themes() {
    }

    public static String normalise(String theme) {
        return theme == null ? null : theme.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
    }

    public static List<String> normalise(Collection<String> themes) {
        return themes == null ? new ArrayList<>() : new ArrayList<>(themes.stream().filter(t -> t != null && !t.isBlank())
                .map(Themes::normalise).distinct().toList());
    }
}
