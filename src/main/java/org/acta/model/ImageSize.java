package org.acta.model;

/** The size of an image file in pixels, for the {@code width} and {@code height} of its {@code <img>}. */
public record ImageSize(int width, int height) {
}
