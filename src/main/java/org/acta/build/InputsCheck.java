package org.acta.build;

import java.util.Optional;

/**
 * What {@link SiteBuilder#checkInputs()} found before anything was read: the fingerprint of the
 * inputs, and the live site's note when the site was built from exactly these inputs (building
 * again would then give the same site). A build given this check keeps the fingerprint in its
 * note, so the next check can match it.
 *
 * @param fingerprint see {@link Inputs#fingerprint(BuildOptions)}
 * @param live        the live site's note, when it was built from these inputs
 * @param times       how long the check took, the first stage of the build that follows it
 */
public record InputsCheck(String fingerprint, Optional<BuildNote> live, StageTimes times) {
}
