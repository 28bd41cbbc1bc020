/**
 * Binding read files to model records: required and unknown fields, types, dates and every
 * reference between items, each problem reported at its line with the closest valid choice.
 * The front door is {@link org.acta.bind.ContentBinder}.
 */
package org.acta.bind;
