package org.acta.pages;

/**
 * A page's former address and the page it leads to now: {@code from} is the address the page had,
 * of the same kind as {@code to} ({@code events/cu/} for {@code events/moi/}), before an item whose id
 * fills it was renamed.
 */
public record Move(Address from, Address to) {
}
