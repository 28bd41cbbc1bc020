/**
 * Machine formats of the site: the Atom feeds, the sitemap and robots.txt, the hosts' _headers and
 * _redirects, and
 * the task exports (JSON, CSV, iCalendar). Each format is one class that turns the assembled
 * proceedings into bytes; which files there are, their formats and their addresses are data, in
 * {@link org.acta.pages.OutputKind}, and {@link TaskColumns} declares the columns of the task
 * exports once for JSON and CSV. The front door is {@link org.acta.output.Outputs#render}.
 */
package org.acta.output;
