package org.acta.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.acta.diag.Report;
import org.acta.model.ImageSize;

/**
 * The pixel size of a PNG, JPEG or GIF under assets/, read from its header only, so that pages
 * can give each image its width and height and keep their layout while it loads. An image whose
 * size cannot be read is a warning on the image's file: the site still builds, and shows it
 * without a size.
 */
final class ImageSizes {
    private static final String DAMAGED = "cannot read the width and height of this image (the file is damaged, "
            + "or it is not a PNG, JPEG or GIF image whatever its name says): pages show it without them, so the "
            + "text around it moves while it loads; open it and save it again as PNG, JPEG or GIF";

    private ImageSizes() {
    }

    /** Whether a file is one whose size is read: by its name, as a web server would type it. */
    private static boolean sized(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg") || name.endsWith(".gif");
    }

    /**
     * The size of an image file; empty when it is not one whose size is read, or when it cannot be
     * read, which is reported as a warning at {@code display}, the image's own file.
     */
    static Optional<ImageSize> of(Path file, String display, Report report) {
        if (!sized(file)) {
            return Optional.empty();
        }
        InputStream raw;
        try {
            raw = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            report.warning(display, 0, "cannot be read: " + ContentReader.reason(e));
            return Optional.empty();
        }
        Optional<ImageSize> size;
        try (raw; ImageInputStream in = new MemoryCacheImageInputStream(raw)) {
            size = read(in);
        } catch (IOException | RuntimeException e) {
            // a damaged file: ImageIO's readers throw checked exceptions on some, unchecked ones on others
            size = Optional.empty();
        }
        if (size.isEmpty()) {
            report.warning(display, 0, DAMAGED);
        }
        return size;
    }

    private static Optional<ImageSize> read(ImageInputStream in) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            return Optional.empty();
        }
        ImageReader reader = readers.next();
        try {
            reader.setInput(in, true, true);
            return Optional.of(new ImageSize(reader.getWidth(0), reader.getHeight(0)));
        } finally {
            reader.dispose();
        }
    }
}
