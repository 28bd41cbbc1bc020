package org.acta.model;

import java.util.Optional;

/** A free page such as "about": pages/&lt;id&gt;.md. */
public record Page(String id, String title, Optional<Integer> order, Markdown body, Origin origin) {
}
