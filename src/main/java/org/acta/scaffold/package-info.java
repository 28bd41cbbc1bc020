/**
 * New content files with every required field filled in and the useful optional ones commented
 * out, so an editor starts from a file that builds; the fields are those {@link org.acta.fields.ContentFields}
 * declares. The front door is {@link org.acta.scaffold.Scaffold}.
 */
package org.acta.scaffold;
