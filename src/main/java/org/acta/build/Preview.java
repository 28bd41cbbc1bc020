package org.acta.build;

import org.acta.render.Rendering;

/**
 * A build made for the preview, in memory: its result to serve, and what the next preview build
 * needs to render only the pages an edit affects. What that is stays inside this package (render's
 * memory of the pages); the preview holds the whole and gives it back.
 */
public final class Preview {
    private final BuildResult result;
    private final Rendering rendering;
    private final int pagesRendered;
    private final StageTimes times;

    Preview(BuildResult result, Rendering rendering, int pagesRendered, StageTimes times) {
        this.result = result;
        this.rendering = rendering;
        this.pagesRendered = pagesRendered;
        this.times = times;
    }

    /** The build: its problems, and its files when it had no errors. */
    public BuildResult result() {
        return result;
    }

    /** How many pages went through their template; the others kept the bytes of an earlier build. */
    public int pagesRendered() {
        return pagesRendered;
    }

    public StageTimes times() {
        return times;
    }

    /** What the next build starts from: this build's pages, or, when it had errors, the earlier build's. */
    Rendering rendering() {
        return rendering;
    }
}
