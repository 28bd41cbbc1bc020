/**
 * Rendering the proceedings into HTML pages through the theme's Freemarker templates: view
 * models ready to print (dates and numbers formatted, lists sorted, every address made by
 * {@link org.acta.pages.Addresses}), and the theme's static files and strings. Rendered Markdown is
 * placed on each page by {@code markup}; nothing here edits or reads HTML. Which pages there are,
 * kind by kind, is {@code PageJobs}; the front door is {@link org.acta.render.SiteRenderer}.
 */
package org.acta.render;
