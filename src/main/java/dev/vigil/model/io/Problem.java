package dev.vigil.model.io;

/** One thing wrong with an input file, located by line and column (1-based) and JSON path. */
public record Problem(String file, int line, int column, String path, String message) {

    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line + ":" + column : file;
        return where + ": " + message + (path == null || path.isEmpty() ? "" : " (at " + path + ")");
    }
}
