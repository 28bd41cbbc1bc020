package org.acta.source;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acta.diag.Report;
import org.acta.model.Asset;
import org.acta.model.Ids;

/**
 * A file under assets/ as it will be published: a name that Windows or some web hosts refuse is
 * a warning.
 */
final class AssetReader {
    /** What Windows does not allow in a file name (the slash aside, which separates folders). */
    private static final Pattern WINDOWS_FORBIDDEN = Pattern.compile("[<>:\"\\\\|?*\\x00-\\x1f]");
    private static final String NOT_ON_WINDOWS = ", so this file cannot be copied to a Windows computer or served "
            + "by some hosts; rename it";

    private final Report report;

    AssetReader(Report report) {
        this.report = report;
    }

    /**
     * @param path    its path below assets/, with forward slashes
     * @param display the file as messages name it
     */
    Optional<Asset> read(Path file, String path, String display) {
        checkName(path, display);
        return Optional.of(new Asset(path, file, ImageSizes.of(file)));
    }

    private void checkName(String path, String display) {
        for (String part : path.split("/")) {
            Matcher forbidden = WINDOWS_FORBIDDEN.matcher(part);
            if (Ids.reservedOnWindows(part)) {
                String device = part.contains(".") ? part.substring(0, part.indexOf('.')) : part;
                report.warning(display, 0, "'" + device + "' is a name Windows reserves for a device ("
                        + Ids.WINDOWS_DEVICES + ")" + NOT_ON_WINDOWS);
                return;
            }
            if (forbidden.find()) {
                report.warning(display, 0, "the name has a character Windows does not allow in file names ('"
                        + forbidden.group() + "'; none of < > : \" \\ | ? * may be used)" + NOT_ON_WINDOWS);
                return;
            }
        }
    }
}
