package org.acta.output;

import java.nio.charset.StandardCharsets;
import org.acta.model.SecurityPolicy;

/**
 * {@code _headers}: the HTTP headers that hosts reading such a file (Netlify, Cloudflare Pages)
 * send with every file of the site: the pages' security policy, so that it also holds for files
 * that carry no {@code <meta>} of their own (an SVG image opened by itself), and no guessing of a
 * file's type from its bytes. Other hosts publish it as an ordinary file, which tells nothing secret.
 */
final class HostHeaders {
    private HostHeaders() {
    }

    static byte[] write() {
        return ("# Written by Acta with every build: the headers hosts that read this file (Netlify, Cloudflare "
                + "Pages) send.\n"
                + "/*\n"
                + "  Content-Security-Policy: " + SecurityPolicy.PAGES + "\n"
                + "  X-Content-Type-Options: nosniff\n").getBytes(StandardCharsets.UTF_8);
    }
}
