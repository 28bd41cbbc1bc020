/**
 * Binding read files to model records: required and unknown fields, types, dates and every
 * reference between items, each problem reported at its line with the closest valid choice;
 * tags whose address would be empty, shared or unusable on Windows are named too, and former ids
 * ({@code former_ids}) that are not ids, or that an item or another former id already has.
 * Which fields a kind has, of what type, and which are required is declared in
 * {@link org.acta.fields.ContentFields}; binding reads nothing else. Which items are on the site
 * is decided here, once ({@code Publication}): drafts are left out unless the site shows them, and
 * a draft may leave required fields empty (it is then shown nowhere); every later stage follows the
 * content handed on. A reference to a file that could not be read is not an error of its own. The
 * front door is {@link org.acta.bind.ContentBinder}.
 */
package org.acta.bind;
