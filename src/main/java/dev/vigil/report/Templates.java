package dev.vigil.report;

import com.github.mustachejava.Mustache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Markdown and HTML from the escaping Mustache templates in dev/vigil/report, for renderers outside this package. */
public final class Templates {

    private static final EscapingFactory FACTORY = MarkdownEscaping.factory();
    private static final EscapingFactory HTML = HtmlEscaping.factory();
    private static final Map<String, Mustache> CACHE = new ConcurrentHashMap<>();

    private Templates() {
    }

    public static String markdown(String template, Object view) {
        TextBuffer out = new TextBuffer();
        CACHE.computeIfAbsent(template, FACTORY::compile).execute(new BlankLineCollapser(out), view);
        return out.toString();
    }

    /** HTML: every {@code {{value}}} is escaped by {@link HtmlEscaping}. */
    public static String html(String template, Object view) {
        TextBuffer out = new TextBuffer();
        CACHE.computeIfAbsent("html:" + template, t -> HTML.compile(template)).execute(out, view);
        return out.toString();
    }
}
