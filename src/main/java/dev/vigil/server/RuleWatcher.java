package dev.vigil.server;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Reloads the rule base when a file under the rule or knowledge folders changes, so a reviewed
 * change to {@code rules/} goes live without a restart. Changes are gathered until the folders have
 * been quiet for {@link #QUIET_MILLIS} (an editor or {@code git pull} writes many files), then one
 * reload runs; a reload that fails keeps the running rule base ({@link WorkspaceHolder}). Folders
 * inside the jar (the bundled rules) never change and are not watched.
 */
@Component
final class RuleWatcher implements DisposableBean {

    static final long QUIET_MILLIS = 500;
    private static final Logger LOG = LoggerFactory.getLogger(RuleWatcher.class);

    private final WorkspaceHolder holder;
    private final WatchService watcher;
    private final Thread thread;

    RuleWatcher(WorkspaceHolder holder, ServerProperties properties) throws IOException {
        this.holder = holder;
        List<Path> dirs = new ArrayList<>(properties.rules());
        dirs.add(properties.knowledge());
        dirs.removeIf(d -> d.getFileSystem() != FileSystems.getDefault() || !Files.isDirectory(d));
        if (!properties.watchRules() || dirs.isEmpty()) {
            watcher = null;
            thread = null;
            return;
        }
        watcher = FileSystems.getDefault().newWatchService();
        for (Path dir : dirs) {
            registerTree(dir);
        }
        thread = new Thread(this::run, "vigil-rule-watcher");
        thread.setDaemon(true);
        thread.start();
        LOG.info("watching {} for rule and catalog changes", dirs);
    }

    private void run() {
        try {
            while (true) {
                handle(watcher.take());
                // gather the rest of the burst: reload once the folders have been quiet for a while
                WatchKey next;
                while ((next = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    handle(next);
                }
                WorkspaceHolder.State s = holder.reload();
                if (s.lastErrors().isEmpty()) {
                    LOG.info("rules changed: rule base {} in use", s.workspace().rules().version());
                } else {
                    LOG.warn("rules changed but do not load ({} errors; GET /api/rules/version lists them)", s.lastErrors().size());
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // the server is stopping
        }
    }

    /** Takes a key's events; a new folder is watched too, so rules added in a new family are seen. */
    private void handle(WatchKey key) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name
                    && Files.isDirectory(dir.resolve(name))) {
                registerTree(dir.resolve(name));
            }
        }
        key.reset();
    }

    private void registerTree(Path root) {
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path dir : tree.filter(Files::isDirectory).toList()) {
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
            }
        } catch (IOException e) {
            LOG.warn("cannot watch {} for rule changes: {}", root, e.getMessage());
        }
    }

    @Override
    public void destroy() throws IOException {
        if (watcher != null) {
            thread.interrupt();
            watcher.close();
        }
    }
}
