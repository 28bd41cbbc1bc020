package org.acta.build;

import org.acta.model.Content;
import org.acta.render.Rendering;

/**
 * A build that reused what an earlier one rendered.
 *
 * @param result        the build, as {@link SiteBuilder#render()} would have made it
 * @param rendering     what to give the next rebuild (the earlier one again when this build has errors)
 * @param pagesRendered how many pages went through their template; the others kept their bytes
 * @param content       the content as bound, for checks of what editors wrote (their links)
 */
public record Rebuild(BuildResult result, Rendering rendering, int pagesRendered, Content content) {
}
