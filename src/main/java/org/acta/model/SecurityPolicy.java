package org.acta.model;

/**
 * The pages' content security policy, stated once: the theme prints it in every page's
 * {@code <meta http-equiv="Content-Security-Policy">} (as {@code securityPolicy}), and the site's
 * {@code _headers} file sends it as an HTTP header with every file, on hosts that read that file.
 * Scripts, styles, fonts and connections come from the site itself only, images also from
 * {@code data:} addresses; no plugins, no {@code <base>}, forms sent to the site only.
 */
public final class SecurityPolicy {
    public static final String PAGES = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' "
            + "data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

    private SecurityPolicy() {
    }
}
