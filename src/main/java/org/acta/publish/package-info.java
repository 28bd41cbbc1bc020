/**
 * Writing the site: every file into a fresh staging folder beside the output, assets copied,
 * then one swap into place, so the output folder is always a complete site, old or new.
 * The front door is {@link org.acta.publish.Publisher}.
 */
package org.acta.publish;
