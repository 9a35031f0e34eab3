package dev.vigil.engine;

import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A rule base compiled to Drools' executable model, as bytes that can be kept on disk: the kjar
 * (generated Java classes, one {@link Model} per rule package) plus the rules' metadata, so that
 * opening it needs neither the DRL parser nor a Java compiler.
 */
final class CompiledRules {

    private static final String RULES_ENTRY = "META-INF/vigil/rules.bin";
    private static final String MODELS_ENTRY = "/drools-model";

    private CompiledRules() {
    }

    /** The kjar with the rules' metadata added. */
    static byte[] pack(byte[] kjar, List<RuleInfo> rules) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(kjar.length + 64 * 1024);
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries(kjar).entrySet()) {
                zip.putNextEntry(entry(e.getKey()));
                zip.write(e.getValue());
            }
            zip.putNextEntry(entry(RULES_ENTRY));
            zip.write(writeRules(rules));
        }
        return out.toByteArray();
    }

    /** Entries without the time of the build, so that the same rules give the same bytes. */
    private static ZipEntry entry(String name) {
        ZipEntry e = new ZipEntry(name);
        e.setTime(0);
        return e;
    }

    /**
     * The rule base in the bytes.
     *
     * @throws IOException when the bytes are damaged or were built against other classes
     */
    static Opened open(byte[] bytes) throws IOException {
        Map<String, byte[]> entries = entries(bytes);
        byte[] rules = entries.get(RULES_ENTRY);
        String models = entries.entrySet().stream().filter(e -> e.getKey().endsWith(MODELS_ENTRY))
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).findFirst().orElse(null);
        if (rules == null || models == null) {
            throw new IOException("not a compiled Vigil rule base (" + (rules == null ? RULES_ENTRY : "drools-model") + " is missing)");
        }
        BytesClassLoader loader = new BytesClassLoader(entries, CompiledRules.class.getClassLoader());
        try {
            List<Model> instances = new ArrayList<>();
            for (String line : models.split("\n")) {
                String name = line.strip();
                if (!name.isEmpty() && !name.contains(":")) { // skips the "Drools-Model-Version:" header
                    instances.add((Model) loader.loadClass(name).getDeclaredConstructor().newInstance());
                }
            }
            KieBase base = KieBaseBuilder.createKieBaseFromModel(instances, KieServices.get().newKieBaseConfiguration(null, loader));
            return new Opened(base, readRules(rules));
        } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
            throw new IOException("compiled against other classes: " + e, e);
        }
    }

    record Opened(KieBase kieBase, List<RuleInfo> rules) {
    }

    private static Map<String, byte[]> entries(byte[] zipBytes) throws IOException {
        Map<String, byte[]> out = new TreeMap<>(); // sorted, for the same reason as entry()
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (!e.isDirectory()) {
                    out.put(e.getName(), zip.readAllBytes());
                }
            }
        }
        if (out.isEmpty()) {
            throw new IOException("empty or not a zip file");
        }
        return out;
    }

    private static byte[] writeRules(List<RuleInfo> rules) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(rules.size());
            for (RuleInfo r : rules) {
                writeString(out, r.id());
                writeString(out, r.name());
                writeString(out, r.file());
                out.writeInt(r.line());
                out.writeInt(r.metadata().size());
                for (Map.Entry<String, String> m : r.metadata().entrySet()) {
                    writeString(out, m.getKey());
                    writeString(out, m.getValue());
                }
            }
        }
        return bytes.toByteArray();
    }

    private static List<RuleInfo> readRules(byte[] bytes) throws IOException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int n = in.readInt();
            List<RuleInfo> rules = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String id = readString(in);
                String name = readString(in);
                String file = readString(in);
                int line = in.readInt();
                int m = in.readInt();
                Map<String, String> metadata = new TreeMap<>();
                for (int j = 0; j < m; j++) {
                    metadata.put(readString(in), readString(in));
                }
                rules.add(new RuleInfo(id, name, file, line, metadata));
            }
            return rules;
        }
    }

    /** Length-prefixed UTF-8 (writeUTF stops at 64 KB), -1 for null. */
    private static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        if (n > in.available()) {
            throw new IOException("damaged rule metadata");
        }
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }

    /** Defines the generated classes from memory; everything else comes from Vigil's own loader. */
    private static final class BytesClassLoader extends ClassLoader {
        private final Map<String, byte[]> entries;

        BytesClassLoader(Map<String, byte[]> entries, ClassLoader parent) {
            super(parent);
            this.entries = entries;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] b = entries.get(name.replace('.', '/') + ".class");
            if (b == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, b, 0, b.length);
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            byte[] b = entries.get(name);
            return b != null ? new ByteArrayInputStream(b) : super.getResourceAsStream(name);
        }
    }
}
