/**
 * Derived data, computed once for the whole corpus: reverse links, tags, the positions a speaker
 * held on an event's date, and each task's status on the as-of date. The front door is
 * {@link org.acta.assemble.Proceedings#assemble}.
 */
package org.acta.assemble;
