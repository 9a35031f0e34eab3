package dev.vigil.engine;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A folder of compiled rule bases (executable-model kjars), one file per key. The key hashes
 * everything the compiled classes depend on, so an entry is never stale: a changed rule, catalog,
 * Vigil build or Drools version is a different key.
 * <p>
 * Safe with several processes at once: an entry is written to a temporary file and moved into
 * place atomically, so a reader sees a whole file or none; two writers of one key write the same
 * bytes and the last move wins. A damaged entry is the loader's to detect (zip CRCs, class
 * linkage); it then rebuilds and overwrites it. Problems of the folder itself (not writable,
 * full disk) are warnings, never errors: the cache only saves time.
 */
public final class RuleBaseCache {

    /** Entries kept: a few rule-base versions side by side (branches, a team pack on and off). */
    static final int KEEP = 8;
    private static final String SUFFIX = ".kjar";

    /** Entries built with Vigil (the bundled rules, compiled by the Maven build) are looked up here too. */
    private static final String SEEDS = "vigil-bundled/rulebases/";

    private final Path dir;
    private final Consumer<String> warnings;
    private final boolean seeds;
    private final java.util.concurrent.atomic.AtomicInteger hits = new java.util.concurrent.atomic.AtomicInteger();

    public RuleBaseCache(Path dir, Consumer<String> warnings) {
        this(dir, warnings, true);
    }

    private RuleBaseCache(Path dir, Consumer<String> warnings, boolean seeds) {
        this.dir = dir;
        this.warnings = warnings;
        this.seeds = seeds;
    }

    /** This cache without the entries built into Vigil: what is not in the folder is compiled. */
    public RuleBaseCache withoutSeeds() {
        return new RuleBaseCache(dir, warnings, false);
    }

    /**
     * Where the command line keeps compiled rule bases: {@code $VIGIL_CACHE_DIR}, else
     * {@code $XDG_CACHE_HOME/vigil/rulebases}, else {@code ~/.cache/vigil/rulebases}.
     */
    public static Path defaultDir() {
        String explicit = System.getenv("VIGIL_CACHE_DIR");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("vigil").resolve("rulebases");
    }

    public Path dir() {
        return dir;
    }

    private void warn(String message) {
        warnings.accept(message);
    }

    /** The entry read for the key does not open; the loader compiles the rules and overwrites it. */
    void damaged(String key, String why) {
        hits.decrementAndGet();
        warn("rule cache: entry " + key + " is damaged (" + why + "); compiling the rules again");
    }

    /** How many rule bases were found here (or among the seeds) rather than compiled. */
    public int hits() {
        return hits.get();
    }

    Optional<byte[]> read(String key) {
        Optional<byte[]> found = readFile(key).or(() -> seeds ? readSeed(key) : Optional.empty());
        found.ifPresent(b -> hits.incrementAndGet());
        return found;
    }

    private Optional<byte[]> readSeed(String key) {
        try (java.io.InputStream in = RuleBaseCache.class.getClassLoader().getResourceAsStream(SEEDS + key + SUFFIX)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Optional<byte[]> readFile(String key) {
        Path file = dir.resolve(key + SUFFIX);
        if (!Files.isDirectory(dir)) {
            return Optional.empty(); // reported once, when writing
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            touch(file);
            return Optional.of(bytes);
        } catch (java.nio.file.NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            warn("rule cache: cannot read " + file + " (" + e.getMessage() + "); compiling the rules");
            return Optional.empty();
        }
    }

    void write(String key, byte[] bytes) {
        Path file = dir.resolve(key + SUFFIX);
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, key, ".tmp");
            Files.write(tmp, bytes);
            move(tmp, file);
            prune();
        } catch (java.nio.file.FileAlreadyExistsException e) {
            warn("rule cache: " + dir + " is a file, not a folder; the next start compiles again");
        } catch (IOException | RuntimeException e) {
            warn("rule cache: cannot write " + file + " (" + e.getMessage() + "); the next start compiles again");
        } finally {
            deleteQuietly(tmp); // gone already when the move succeeded
        }
    }

    private static void move(Path tmp, Path file) throws IOException {
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Removes every entry but the rule base's own, so that a folder to ship holds only it. */
    public void keepOnly(RuleBase rules) {
        String keep = CacheKey.of(rules.version()) + SUFFIX;
        try (Stream<Path> list = Files.list(dir)) {
            list.filter(p -> p.getFileName().toString().endsWith(SUFFIX) && !p.getFileName().toString().equals(keep))
                    .forEach(RuleBaseCache::deleteQuietly);
        } catch (IOException e) {
            warn("rule cache: cannot list " + dir + " (" + e.getMessage() + ")");
        }
    }

    /** Keeps the {@link #KEEP} entries used last; a file another process deletes first is no matter. */
    private void prune() throws IOException {
        List<Path> entries;
        try (Stream<Path> list = Files.list(dir)) {
            entries = list.filter(p -> p.getFileName().toString().endsWith(SUFFIX))
                    .sorted(Comparator.comparing(RuleBaseCache::modified).reversed().thenComparing(Path::toString))
                    .toList();
        }
        entries.stream().skip(KEEP).forEach(RuleBaseCache::deleteQuietly);
    }

    /** Marks an entry as used, so that pruning keeps what is in use. */
    private static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            // a read-only cache still serves; it is only pruned less well
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // another process may hold or have removed it; pruning tries again next time
        }
    }
}
