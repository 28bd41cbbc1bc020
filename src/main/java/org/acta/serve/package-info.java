/**
 * The preview: serves a site from memory over HTTP, under the path of its {@code base_url} as it
 * will be published, rebuilds it when the content or the theme changes on disk, and tells open
 * pages to reload over Server-Sent Events; a build with errors, or one that fails inside Acta, is
 * shown over the last good pages and the next save tries again. It holds the last build as
 * {@link org.acta.build.Preview}, without seeing what is inside. The front door is
 * {@link org.acta.serve.PreviewServer}.
 */
package org.acta.serve;
