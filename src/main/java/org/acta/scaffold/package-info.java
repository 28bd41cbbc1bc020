/**
 * New content files with every required field filled in and the useful optional ones commented
 * out, so an editor starts from a file that builds. The front door is {@link org.acta.scaffold.Scaffold}.
 */
package org.acta.scaffold;
