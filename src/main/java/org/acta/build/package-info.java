/**
 * The order of the stages — read, bind, assemble, render, index, export, then publish, check the
 * content's links, or keep the site in memory for the preview — and nothing else. The front door
 * is {@link org.acta.build.SiteBuilder}, which holds only its options: each call returns what a
 * later one needs ({@link org.acta.build.InputsCheck} for a build, {@link org.acta.build.Preview}
 * for the preview's next build).
 */
package org.acta.build;
