package org.acta.model;

import java.util.Optional;

/**
 * The words of a speech that assigned a task, as spoken, and optionally the heading of the speech
 * they are under; {@code origin} is the task file's {@code quote:} line.
 */
public record Quote(String text, Optional<String> heading, Origin origin) {
}
