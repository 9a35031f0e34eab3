package dev.vigil.report;

import com.github.mustachejava.Mustache;

import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Markdown from the escaping Mustache templates in dev/vigil/report, for renderers outside this package. */
public final class Templates {

    private static final MarkdownEscaping FACTORY = new MarkdownEscaping();
    private static final Map<String, Mustache> CACHE = new ConcurrentHashMap<>();

    private Templates() {
    }

    public static String markdown(String template, Object view) {
        StringWriter out = new StringWriter();
        CACHE.computeIfAbsent(template, FACTORY::compile).execute(out, view);
        return out.toString().replaceAll("\n{3,}", "\n\n");
    }
}
