package dev.vigil.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where rules and catalogs come from when no option names them: {@code $VIGIL_HOME/rules} and
 * {@code $VIGIL_HOME/knowledge-base} (the launcher sets VIGIL_HOME to the checkout, so edits to
 * rules are seen without a rebuild), else the copy inside the jar, read in place as a zip file system.
 */
final class Bundled {

    private Bundled() {
    }

    static Path rules() {
        return resolve("rules");
    }

    static Path knowledge() {
        return resolve("knowledge-base");
    }

    private static Path resolve(String name) {
        String home = System.getenv("VIGIL_HOME");
        if (home != null && Files.isDirectory(Path.of(home, name))) {
            return Path.of(home, name);
        }
        return inJar("vigil-bundled/" + name);
    }

    private static Path inJar(String resource) {
        URL url = Bundled.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException("the bundled " + resource + " is missing from the jar; rebuild with mvn package");
        }
        try {
            URI uri = url.toURI();
            if (!uri.getScheme().equals("jar")) {
                return Path.of(uri);
            }
            return zip(uri).provider().getPath(uri);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FileSystem zip(URI uri) {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
