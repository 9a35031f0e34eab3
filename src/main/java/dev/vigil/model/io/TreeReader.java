package dev.vigil.model.io;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * Reads YAML (and JSON, a subset of YAML 1.2) into a {@link Node} tree that remembers positions.
 * It works on parser events rather than a composed document so that it can refuse what makes YAML
 * dangerous before anything is built: aliases (billion laughs), explicit tags (object
 * instantiation), excessive depth and node counts. Duplicate keys are reported and the first kept.
 */
public final class TreeReader {

    /** No field needs more; a longer value is an attack on the reports, not a description. */
    static final int MAX_SCALAR_CHARS = 100_000;

    private final Limits limits;
    private final boolean aliases;

    public TreeReader(Limits limits) {
        this(limits, false);
    }

    /**
     * A reader that, with {@code aliases}, accepts anchors and aliases for formats whose files use
     * them (Threagile models share data-asset definitions that way). An alias shares the anchored
     * node and counts all the values beneath it against the value limit, so a "billion laughs" file
     * still stops at the limit instead of expanding. Vigil's own models never allow them.
     */
    public TreeReader(Limits limits, boolean aliases) {
        this.limits = limits;
        this.aliases = aliases;
    }

    /** Parses the bytes; returns null and adds a problem when the file cannot be read as a tree. */
    public Node read(String file, byte[] bytes, List<Problem> problems) {
        if (bytes.length > limits.maxBytes()) {
            problems.add(new Problem(file, 0, 0, "", "file is " + bytes.length + " bytes, over the limit of "
                    + limits.maxBytes() + " bytes (raise it with --max-bytes)"));
            return null;
        }
        String text = decode(file, bytes, problems);
        if (text == null || !printable(file, text, problems)) {
            return null;
        }
        try {
            return new Builder(file, problems).build(text);
        } catch (Stop stop) {
            problems.add(stop.problem);
        } catch (MarkedYamlEngineException e) {
            Mark m = e.getProblemMark().or(e::getContextMark).orElse(null);
            problems.add(new Problem(file, m == null ? 0 : m.getLine() + 1, m == null ? 0 : m.getColumn() + 1, "",
                    "syntax error: " + firstNonBlank(e.getProblem(), e.getContext())));
        } catch (YamlEngineException e) {
            problems.add(new Problem(file, 0, 0, "", "syntax error: " + e.getMessage()));
        }
        return null;
    }

    /** The text, or null after a problem naming where the bytes stop being UTF-8 (UTF-16 is named as such). */
    private static String decode(String file, byte[] bytes, List<Problem> problems) {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
            problems.add(new Problem(file, 1, 1, "", "file is UTF-16 text (it starts with a UTF-16 byte-order mark); save it as UTF-8"));
            return null;
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            int bad = firstMalformed(bytes);
            String before = new String(bytes, 0, bad, StandardCharsets.UTF_8);
            int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
            String lastLine = before.substring(before.lastIndexOf('\n') + 1);
            problems.add(new Problem(file, line, lastLine.codePointCount(0, lastLine.length()) + 1, "",
                    String.format("file is not valid UTF-8 text (byte 0x%02X at offset %d); save it as UTF-8", bytes[bad] & 0xFF, bad)));
            return null;
        }
    }

    /** The offset of the first byte that does not start a well-formed UTF-8 sequence. */
    private static int firstMalformed(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder();
        var in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length - 1;
    }

    /**
     * YAML allows only printable characters in a file (escapes such as "\\e" in quoted text are
     * another matter); a NUL, a raw escape or another control character is named with its place.
     */
    private static boolean printable(String file, String text, List<Problem> problems) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean ok = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0x7E || c == 0x85 || c >= 0xA0 && c <= 0xD7FF
                    || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
            if (!ok) {
                problems.add(new Problem(file, line, column, "", String.format("the file contains the control character U+%04X, "
                        + "which YAML does not allow; remove it (or write it as an escape in double quotes)", c)));
                return false;
            }
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a.strip() : String.valueOf(b).strip();
    }

    private static final class Stop extends RuntimeException {
        final Problem problem;

        Stop(Problem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }

    /** An open container and, for a mapping, the key whose value is being read. */
    private static final class Frame {
        final Node container;
        final String anchor;
        final int nodesAtStart;
        Node.Scalar pendingKey;

        Frame(Node container, String anchor, int nodesAtStart) {
            this.container = container;
            this.anchor = anchor;
            this.nodesAtStart = nodesAtStart;
        }
    }

    /** An anchored node and how many values it holds, which each alias of it adds again. */
    private record Anchored(Node node, int size) {
    }

    /** Builds the tree from parser events with an explicit stack. */
    private final class Builder {
        private final String file;
        private final List<Problem> problems;
        private final Deque<Frame> stack = new ArrayDeque<>();
        private int nodes;
        private int documents;
        private Node root;
        private final java.util.Map<String, Anchored> anchors = new java.util.HashMap<>();

        Builder(String file, List<Problem> problems) {
            this.file = file;
            this.problems = problems;
        }

        Node build(String text) {
            LoadSettings settings = LoadSettings.builder()
                    .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes() + 16))
                    .setMaxAliasesForCollections(0)
                    // the whole text in one window: with the default 1 KB buffer, the reader copies its
                    // window each time a token outgrows it, which is quadratic in the longest token
                    // (a 5 MB quoted string took 11 s, 8 MB 35 s)
                    .setBufferSize(Math.max(1024, text.length() + 1))
                    .build();
            for (Event event : new Parse(settings).parseString(text)) {
                handle(event);
            }
            return root == null ? new Node.Mapping(new LinkedHashMap<>(), 1, 1) : root;
        }

        private void handle(Event event) {
            switch (event.getEventId()) {
                case DocumentStart -> {
                    if (++documents > 1) {
                        fail(event, "more than one YAML document in the file; put one system per file");
                    }
                }
                case Alias -> alias((org.snakeyaml.engine.v2.events.AliasEvent) event);
                case Scalar -> scalar((ScalarEvent) event);
                case MappingStart -> open(event, new Node.Mapping(new LinkedHashMap<>(), line(event), col(event)));
                case SequenceStart -> open(event, new Node.Sequence(new ArrayList<>(), line(event), col(event)));
                case MappingEnd, SequenceEnd -> close();
                default -> { }
            }
        }

        private void scalar(ScalarEvent e) {
            checkNode(e, e.getTag());
            if (e.getValue().length() > MAX_SCALAR_CHARS) {
                fail(e, "a text value of " + e.getValue().length() + " characters, over the limit of " + MAX_SCALAR_CHARS);
            }
            Node.Scalar s = new Node.Scalar(e.getValue(), e.isPlain(), line(e), col(e));
            e.getAnchor().ifPresent(a -> anchors.put(a.getValue(), new Anchored(s, 1)));
            if (expectingKey()) {
                stack.peek().pendingKey = s;
            } else {
                attach(s);
            }
        }

        private void open(Event e, Node container) {
            checkNode((NodeEvent) e, ((CollectionStartEvent) e).getTag());
            if (expectingKey()) {
                fail(e, "a mapping key must be a plain value, not a list or mapping");
            }
            if (stack.size() >= limits.maxDepth()) {
                fail(e, "nesting is deeper than the limit of " + limits.maxDepth() + " levels");
            }
            stack.push(new Frame(container, ((NodeEvent) e).getAnchor().map(a -> a.getValue()).orElse(null), nodes));
        }

        /** An alias (allowed only when the reader was asked to): the anchored node, counted again. */
        private void alias(org.snakeyaml.engine.v2.events.AliasEvent e) {
            if (!aliases) {
                fail(e, "YAML aliases (*name) are not allowed; repeat the value instead");
            }
            String name = e.getAlias().getValue();
            Anchored anchored = anchors.get(name);
            if (anchored == null) {
                boolean open = stack.stream().anyMatch(f -> name.equals(f.anchor));
                fail(e, open ? "the alias *" + name + " is inside the value it names; a value cannot contain itself"
                        : "the alias *" + name + " names no anchor defined before it");
            }
            nodes += anchored.size();
            if (nodes > limits.maxNodes()) {
                fail(e, "more than " + limits.maxNodes() + " values in the file (aliases count every value they repeat)");
            }
            if (expectingKey()) {
                fail(e, "a mapping key must be a plain value, not an alias");
            }
            attach(anchored.node());
        }

        private boolean expectingKey() {
            return !stack.isEmpty() && stack.peek().container instanceof Node.Mapping && stack.peek().pendingKey == null;
        }

        private void close() {
            Frame frame = stack.pop();
            if (frame.anchor != null) {
                anchors.put(frame.anchor, new Anchored(frame.container, nodes - frame.nodesAtStart + 1));
            }
            attach(frame.container);
        }

        private void attach(Node node) {
            Frame parent = stack.peek();
            if (parent == null) {
                root = node;
            } else if (parent.container instanceof Node.Sequence seq) {
                seq.items().add(node);
            } else if (parent.container instanceof Node.Mapping map) {
                Node.Scalar key = parent.pendingKey;
                parent.pendingKey = null;
                Node.Entry first = map.entries().get(key.value());
                if (first != null) {
                    problems.add(new Problem(file, key.line(), key.column(), "", "duplicate key '" + key.value()
                            + "' (first at line " + first.line() + "); each key may appear once"));
                } else {
                    map.entries().put(key.value(), new Node.Entry(key.value(), key.line(), key.column(), node));
                }
            }
        }

        private void checkNode(NodeEvent e, Optional<String> tag) {
            if (e.getAnchor().isPresent() && !aliases) {
                fail(e, "YAML anchors (&" + e.getAnchor().get() + ") are not allowed; repeat the value instead");
            }
            if (tag.isPresent() && !tag.get().equals("!")) {
                fail(e, "YAML tags (" + tag.get() + ") are not allowed");
            }
            if (++nodes > limits.maxNodes()) {
                fail(e, "more than " + limits.maxNodes() + " values in the file");
            }
        }

        private int line(Event e) {
            return e.getStartMark().map(m -> m.getLine() + 1).orElse(0);
        }

        private int col(Event e) {
            return e.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
        }

        private void fail(Event e, String message) {
            throw new Stop(new Problem(file, line(e), col(e), "", message));
        }
    }
}
