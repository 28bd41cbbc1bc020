/**
 * Links written in the content, checked against the rendered site: a link to a site address or
 * an anchor that no page answers is an error at the editor's line; links to other sites are
 * listed, and fetched only when asked; a link to a page's former address is a warning. And the links
 * the world has to the live site: an address of it that a new build would take away is a warning
 * ({@link org.acta.links.LiveAddresses}). Pages' addresses come from {@link org.acta.pages.Addresses}.
 * The front door is {@link org.acta.links.LinkChecker}.
 */
package org.acta.links;
