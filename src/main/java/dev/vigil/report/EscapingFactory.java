package dev.vigil.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheException;

import java.io.IOException;
import java.io.Writer;
import java.util.function.UnaryOperator;

/** A Mustache factory for the templates in dev/vigil/report whose {@code {{value}}} goes through one escaping function. */
final class EscapingFactory extends DefaultMustacheFactory {

    private final UnaryOperator<String> escape;

    EscapingFactory(UnaryOperator<String> escape) {
        super("dev/vigil/report");
        this.escape = escape;
        // plain lookups, without the guard checks the default handler re-runs on every scope of every
        // lookup (a third of a batch's Markdown time), and the JSON report's tree read in place
        setObjectHandler(new JsonTreeHandler());
    }

    @Override
    public void encode(String value, Writer writer) {
        try {
            writer.write(escape.apply(value));
        } catch (IOException e) {
            throw new MustacheException("cannot write report", e);
        }
    }
}
