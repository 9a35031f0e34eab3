package dev.vigil.engine;

import java.util.List;
import java.util.Set;

/**
 * Finds forbidden names in a piece of DRL or Java: a small tokenizer that skips comments, string
 * and character literals, joins dotted names ({@code java . io . File}) and reports each banned
 * one with its line.
 */
final class BannedNames {

    private static final Set<String> TYPES = Set.of("System", "Runtime", "ProcessBuilder", "Process", "ProcessHandle",
            "Thread", "ThreadGroup", "Executors", "ExecutorService", "ForkJoinPool", "CompletableFuture", "Timer",
            "Class", "ClassLoader", "Method", "Field", "Constructor", "MethodHandles", "Unsafe", "File", "Files", "Paths",
            "FileInputStream", "FileOutputStream", "FileReader", "FileWriter", "RandomAccessFile", "Socket",
            "ServerSocket", "DatagramSocket", "URL", "URI", "HttpClient", "HttpURLConnection", "InetAddress",
            "ObjectInputStream", "ObjectOutputStream", "ScriptEngineManager", "InitialContext", "Desktop");
    private static final Set<String> METHODS = Set.of("getClass", "forName", "exec", "exit", "halt", "setAccessible",
            "getDeclaredMethod", "getDeclaredMethods", "getDeclaredField", "getDeclaredFields", "getDeclaredConstructor",
            "getMethod", "invoke", "newInstance", "loadClass", "getRuntime", "getKieRuntime", "getWorkingMemory",
            "getKieBase", "getEntryPoint", "getChannels");
    private static final Set<String> WRITES = Set.of("insert", "update", "modify", "delete", "retract");
    private static final List<String> PACKAGES = List.of("java.io.", "java.nio.", "java.net.", "java.lang.reflect.",
            "java.lang.invoke.", "java.util.concurrent.", "javax.", "sun.", "com.sun.", "jdk.", "org.kie.", "org.drools.");

    private final String file;
    private final int firstLine;
    private final String where;
    private final List<String> errors;

    BannedNames(String file, int firstLine, String where, List<String> errors) {
        this.file = file;
        this.firstLine = firstLine;
        this.where = where;
        this.errors = errors;
    }

    void scan(String text) {
        int line = firstLine;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (text.startsWith("//", i)) {
                i = skipTo(text, i, "\n");
            } else if (text.startsWith("/*", i)) {
                int end = skipTo(text, i + 2, "*/") + 2;
                line += count(text, i, Math.min(end, text.length()));
                i = end;
            } else if (c == '"' || c == '\'') {
                i = skipLiteral(text, i, c);
            } else if (Character.isJavaIdentifierStart(c)) {
                int startLine = line;
                StringBuilder name = new StringBuilder();
                int j = i;
                while (true) {
                    int k = j;
                    while (k < text.length() && Character.isJavaIdentifierPart(text.charAt(k))) {
                        k++;
                    }
                    name.append(text, j, k);
                    int after = skipSpaces(text, k);
                    if (after < text.length() && text.charAt(after) == '.' && after + 1 < text.length()
                            && Character.isJavaIdentifierStart(text.charAt(skipSpaces(text, after + 1)))) {
                        line += count(text, k, skipSpaces(text, after + 1));
                        name.append('.');
                        j = skipSpaces(text, after + 1);
                    } else {
                        check(name.toString(), startLine, after < text.length() && text.charAt(after) == '(');
                        i = k;
                        break;
                    }
                }
            } else {
                i++;
            }
        }
    }

    private void check(String name, int line, boolean call) {
        String[] parts = name.split("\\.");
        String last = parts[parts.length - 1];
        String problem = null;
        for (String p : PACKAGES) {
            if ((name + ".").startsWith(p)) {
                problem = "uses '" + name + "' (" + p + "* is not allowed in rules)";
            }
        }
        for (String part : parts) {
            if (TYPES.contains(part)) {
                problem = "uses '" + name + "': " + part + " gives rules access to the process, files, network, threads or reflection";
            }
        }
        if (call && METHODS.contains(last)) {
            problem = "calls '" + name + "(…)', which is not allowed in rules";
        }
        if (call && WRITES.contains(last)) {
            problem = "calls '" + name + "(…)': rules only add facts with insertLogical, so that retractions propagate";
        }
        if (problem != null) {
            errors.add(file + ":" + line + ": " + where + " " + problem);
        }
    }

    private static int skipTo(String text, int from, String end) {
        int i = text.indexOf(end, from);
        return i < 0 ? text.length() : i;
    }

    private static int skipLiteral(String text, int i, char quote) {
        int j = i + 1;
        while (j < text.length() && text.charAt(j) != quote && text.charAt(j) != '\n') {
            j += text.charAt(j) == '\\' ? 2 : 1;
        }
        return j + 1;
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\r' || text.charAt(i) == '\n')) {
            i++;
        }
        return i;
    }

    private static int count(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
