package org.acta.model;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The rules for ids: lowercase ASCII {@code [a-z0-9][a-z0-9-]*}, made from a name by folding it
 * (NFC → NFD, combining marks dropped, đ→d and Đ→D, lowercase) and joining what is left with
 * hyphens. Ids are the pages' addresses, so these rules change no more than addresses do. Search
 * folds with a function of its own name ({@code org.acta.search.Folding}), which today calls this
 * one; changing how search folds does not change these rules.
 */
public final class Ids {
    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    /** Names Windows keeps for devices, with or without an extension: no file or folder may have them. */
    private static final Pattern WINDOWS_DEVICE = Pattern.compile("(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?",
            Pattern.CASE_INSENSITIVE);
    /** How a message lists the names {@link #reservedOnWindows} refuses. */
    public static final String WINDOWS_DEVICES = "CON, PRN, AUX, NUL, COM0–COM9, LPT0–LPT9";
    /** The longest tag slug: a folder name must stay well under the 255 bytes file systems allow. */
    public static final int TAG_SLUG_MAX = 100;

    private Ids() {
    }

    public static boolean isValid(String id) {
        return id != null && VALID.matcher(id).matches();
    }

    /**
     * Folds text as ids are made from it, and for comparing names the way an editor would:
     * {@code "Đảng Viên"} → {@code "dang vien"}.
     */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'đ' || c == 'Đ') {
                c = 'd';
            }
            out.append(c);
        }
        return out.toString().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Whether Windows reserves this file or folder name for a device ({@code con}, {@code nul},
     * {@code com1.txt}…): a site with it cannot be copied to Windows, nor served by some hosts.
     */
    public static boolean reservedOnWindows(String name) {
        return WINDOWS_DEVICE.matcher(name).matches();
    }

    /**
     * A tag's folder under tags/: its {@link #slug}, cut at a hyphen to at most
     * {@link #TAG_SLUG_MAX} characters; empty when the tag has no letter or digit.
     */
    public static String tagSlug(String tag) {
        String slug = slug(tag);
        if (slug.length() <= TAG_SLUG_MAX) {
            return slug;
        }
        int cut = slug.lastIndexOf('-', TAG_SLUG_MAX);
        return slug.substring(0, cut > 0 ? cut : TAG_SLUG_MAX);
    }

    /**
     * The id an editor should use for a name: folded, and every run of other characters made one
     * hyphen. {@code "Kết luận"} → {@code "ket-luan"}; empty when nothing usable is left.
     */
    public static String slug(String text) {
        String folded = fold(text);
        StringBuilder out = new StringBuilder(folded.length());
        boolean hyphen = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            boolean keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (keep) {
                if (hyphen && out.length() > 0) {
                    out.append('-');
                }
                out.append(c);
                hyphen = false;
            } else {
                hyphen = true;
            }
        }
        return out.toString();
    }
}
