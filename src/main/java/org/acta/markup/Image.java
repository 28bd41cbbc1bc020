package org.acta.markup;

import java.util.Objects;

/**
 * An image of rendered content, as the editor wrote its address: for a link preview.
 *
 * @param src its address as written: {@code /assets/a.png}, {@code https://…}, or anything else
 * @param alt its text, or empty
 */
public record Image(String src, String alt) {
    public Image {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(alt, "alt");
    }
}
