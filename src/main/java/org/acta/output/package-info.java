/**
 * Machine formats of the site: the Atom feeds, the sitemap and robots.txt, the hosts' _headers, and the task exports
 * (JSON, CSV, iCalendar). Each format is one class that turns the assembled proceedings into bytes; {@link OutputFormat}
 * names them as data. The front door is {@link org.acta.output.Outputs#render}.
 */
package org.acta.output;
