package org.acta.markup;

import java.util.Objects;

/**
 * A heading of rendered content, for a table of contents and for search sections.
 *
 * @param level 2 to 6, from {@code <h2>} to {@code <h6>}
 * @param id    the heading's id in the HTML, unique within the document: {@code thuc-trang-dang-vien}
 * @param text  the heading's plain text: {@code Thực trạng đảng viên}
 */
public record Heading(int level, String id, String text) {

    public Heading {
        if (level < 2 || level > 6) {
            throw new IllegalArgumentException("not a section heading level (2 to 6): " + level);
        }
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
