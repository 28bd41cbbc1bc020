package org.acta.model;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The rules for ids and the one folding function: NFC → NFD, combining marks dropped,
 * đ→d and Đ→D, lowercase. Ids are lowercase ASCII {@code [a-z0-9][a-z0-9-]*}.
 */
public final class Ids {
    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private Ids() {
    }

    public static boolean isValid(String id) {
        return id != null && VALID.matcher(id).matches();
    }

    /** Folds text for comparison and search: {@code "Đảng Viên"} → {@code "dang vien"}. */
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
