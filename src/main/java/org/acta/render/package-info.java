/**
 * Rendering the proceedings into HTML pages through the theme's Freemarker templates: view
 * models ready to print (dates and numbers formatted, lists sorted, links made), and the theme's
 * static files and strings. Rendered Markdown is placed on each page by {@code markup}; nothing
 * here edits or reads HTML. The front door is {@link org.acta.render.SiteRenderer}.
 */
package org.acta.render;
