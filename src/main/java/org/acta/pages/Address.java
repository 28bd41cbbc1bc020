package org.acta.pages;

import java.util.List;

/**
 * Where one page of the site lives: its kind, its path below the site root ({@code events/x/},
 * {@code ""} for the home page) and the ids that filled its kind's pattern.
 */
public record Address(PageKind kind, String path, List<String> ids) {
    public Address {
        ids = List.copyOf(ids);
    }

    /** The file that answers the address: {@code events/x/index.html}; {@code 404.html} is itself. */
    public String file() {
        return Addresses.file(path);
    }

    /** The part of the menu the page belongs to: {@code events}, {@code tasks}; a free page is its own. */
    public String section() {
        return kind.section(ids);
    }
}
