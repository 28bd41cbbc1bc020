package org.acta.model;

import java.util.List;
import java.util.Set;

/**
 * The drafts of the content ({@code draft: true}) and what the site does with each, as binding
 * decided: binding is the one place that decides which items are on the site, and every later stage
 * follows the content it hands on, which holds those items and no others.
 *
 * @param files    every draft file, in the order read
 * @param marked   the files of the items on the site that a build without drafts leaves out (drafts
 *                 shown, and the speeches of an event shown as a draft): each of their pages says so
 * @param withheld the items of the kinds a field can name that the site leaves out
 */
public record Drafts(List<Draft> files, Set<String> marked, Withheld withheld) {
    public static final Drafts NONE = new Drafts(List.of(), Set.of(), Withheld.NONE);

    /**
     * One draft file.
     *
     * @param origin the file and the line of its {@code draft:}
     * @param shown  whether the site shows it, marked as a draft (the preview and a build with drafts
     *               show a draft whose required fields are filled in)
     * @param toFill the required fields it still leaves empty, in the order of the file; a draft with any
     *               is never shown
     */
    public record Draft(Origin origin, boolean shown, List<String> toFill) {
        public Draft {
            toFill = List.copyOf(toFill);
        }
    }

    public Drafts {
        files = List.copyOf(files);
        marked = Set.copyOf(marked);
    }

    /** Whether the pages of an item written at {@code origin} are marked as a draft's. */
    public boolean marks(Origin origin) {
        return marked.contains(origin.path());
    }
}
