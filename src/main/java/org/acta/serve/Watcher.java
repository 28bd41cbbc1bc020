package org.acta.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders and everything below them, folders made later included, and hands over the
 * files changed in one burst of saves: an editor's save is often several events (a temporary file,
 * a rename, a modification), and one rebuild is enough for all of them.
 */
final class Watcher implements Closeable {
    /** A burst is over when nothing more happened for this long. */
    static final long QUIET_MILLIS = 40;
    /** A burst that never goes quiet is cut at this length, so a preview still follows a busy folder. */
    static final long LONGEST_BURST_MILLIS = 1000;

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();

    Watcher(List<Path> roots) throws IOException {
        this.service = roots.isEmpty() ? null : roots.get(0).getFileSystem().newWatchService();
        for (Path root : roots) {
            register(root, new LinkedHashSet<>());
        }
    }

    /**
     * Waits for a change, then for the burst it starts to end, and returns the paths changed in it.
     * A root in the result means "anything below it may have changed" (the system dropped events).
     */
    Set<Path> nextBurst() throws InterruptedException {
        Set<Path> changed = new LinkedHashSet<>();
        if (service == null) {
            Thread.sleep(Long.MAX_VALUE);
        }
        WatchKey key = service.take();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LONGEST_BURST_MILLIS);
        while (key != null) {
            collect(key, changed);
            if (System.nanoTime() > deadline) {
                break;
            }
            key = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
        }
        return changed;
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder == null) {
                continue;
            }
            if (event.kind() == OVERFLOW) {
                changed.add(folder);
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            changed.add(path);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                register(path, changed);
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    /** Watches a folder and those below it; files already in a new folder count as changed. */
    private void register(Path root, Set<Path> changed) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.toList()) {
                if (Files.isDirectory(path)) {
                    folders.put(path.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), path);
                } else {
                    changed.add(path);
                }
            }
        } catch (IOException e) {
            changed.add(root); // a folder that vanished while being walked: rebuild, the build says what is missing
        }
    }

    @Override
    public void close() throws IOException {
        if (service != null) {
            service.close();
        }
    }
}
