/**
 * Writing the site: every file into a fresh build folder beside the output, assets copied, the
 * note of the build written, then one atomic switch of the output link, so the output is always
 * a complete site, old or new, and nothing after the switch can take the new one away. The front
 * door is {@link org.acta.publish.Publisher}.
 */
package org.acta.publish;
