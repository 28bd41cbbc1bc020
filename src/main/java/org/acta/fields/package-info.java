/**
 * The fields of the content format, each declared once with its type, whether it is required and
 * what it means. Binding, the editors' guide and the {@code acta new} files follow these
 * declarations. The front door is {@link org.acta.fields.ContentFields}.
 */
package org.acta.fields;
