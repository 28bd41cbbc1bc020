/**
 * The order of the stages — read, bind, assemble, render, publish — and nothing else.
 * The front door is {@link org.acta.build.SiteBuilder}.
 */
package org.acta.build;
