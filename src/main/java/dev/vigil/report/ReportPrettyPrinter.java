package dev.vigil.report;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * Jackson's default layout (two spaces per level, {@code " : "}, arrays on one line), written
 * from pre-encoded byte strings: the default writes every newline, indentation and separator
 * character by character, 40 % of the time to write a report. The line end is always {@code \n},
 * so a report has the same bytes on every system.
 */
final class ReportPrettyPrinter extends DefaultPrettyPrinter {

    private static final SerializedString NAME_VALUE = new SerializedString(" : ");
    private static final SerializedString ENTRY = new SerializedString(",");
    private static final SerializedString[] INDENTS = new SerializedString[64];

    static {
        for (int level = 0; level < INDENTS.length; level++) {
            INDENTS[level] = new SerializedString("\n" + "  ".repeat(level));
        }
    }

    ReportPrettyPrinter() {
        indentObjectsWith(new Indenter() {
            @Override
            public void writeIndentation(JsonGenerator g, int level) {
                g.writeRaw(indent(level));
            }

            @Override
            public boolean isInline() {
                return false;
            }
        });
    }

    private static SerializableString indent(int level) {
        return level < INDENTS.length ? INDENTS[level] : new SerializedString("\n" + "  ".repeat(level));
    }

    @Override
    public void writeObjectNameValueSeparator(JsonGenerator g) {
        g.writeRaw(NAME_VALUE);
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) {
        g.writeRaw(ENTRY);
        _objectIndenter.writeIndentation(g, _nesting);
    }

    @Override
    public DefaultPrettyPrinter createInstance() {
        return new ReportPrettyPrinter(); // one per generator: it counts the nesting
    }
}
