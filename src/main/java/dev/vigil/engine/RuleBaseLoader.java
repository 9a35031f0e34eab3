package dev.vigil.engine;

import dev.vigil.knowledge.KnowledgeBase;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;

import java.io.IOException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Compiles rule folders into a {@link RuleBase}, refusing anything that does not compile or check. */
public final class RuleBaseLoader {

    private static final AtomicInteger BUILDS = new AtomicInteger();

    private final KnowledgeBase kb;

    public RuleBaseLoader(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** Loads rules from the folders (a team's pack beside the bundled one); ids must be unique across all. */
    public RuleBase load(List<Path> ruleDirs, Path knowledgeDir) throws RuleBaseException {
        Prepared p = prepare(ruleDirs);
        KieServices ks = KieServices.get();
        KieBuilder builder = ks.newKieBuilder(p.kfs()).buildAll();
        p.failOn(builder);
        var container = ks.newKieContainer(p.release());
        ks.getRepository().removeKieModule(p.release());
        return new RuleBase(container.getKieBase(), p.rules(), version(ruleDirs, knowledgeDir), packs(ruleDirs));
    }

    /**
     * The same rule base, taken from the cache when it holds this version, else compiled to the
     * executable model and put there. Opening a cached rule base skips parsing, checks (they passed
     * when it was stored, and the key covers every input) and compiling, which dominate start-up.
     */
    public RuleBase load(List<Path> ruleDirs, Path knowledgeDir, RuleBaseCache cache) throws RuleBaseException {
        String version = version(ruleDirs, knowledgeDir);
        String key = CacheKey.of(version);
        var cached = cache.read(key);
        if (cached.isPresent()) {
            try {
                CompiledRules.Opened opened = CompiledRules.open(cached.get());
                return new RuleBase(opened.kieBase(), opened.rules(), version, packs(ruleDirs));
            } catch (IOException e) {
                cache.damaged(key, e.getMessage());
            }
        }
        byte[] compiled = compileExecutable(ruleDirs, knowledgeDir);
        cache.write(key, compiled);
        try {
            CompiledRules.Opened opened = CompiledRules.open(compiled);
            return new RuleBase(opened.kieBase(), opened.rules(), version, packs(ruleDirs));
        } catch (IOException e) {
            throw new IllegalStateException("a rule base just compiled does not open", e);
        }
    }

    private byte[] compileExecutable(List<Path> ruleDirs, Path knowledgeDir) throws RuleBaseException {
        Prepared p = prepare(ruleDirs);
        KieServices ks = KieServices.get();
        KieBuilder builder = ks.newKieBuilder(p.kfs()).buildAll(ExecutableModelProject.class);
        ks.getRepository().removeKieModule(p.release());
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            // the executable model's messages point into generated Java: the DRL build says it in the rule's terms
            load(ruleDirs, knowledgeDir);
            p.failOn(builder);
        }
        try {
            return CompiledRules.pack(((InternalKieModule) builder.getKieModule()).getBytes(), p.rules());
        } catch (IOException e) {
            throw new IllegalStateException("cannot pack a compiled rule base", e);
        }
    }

    /** Rule sources read, parsed, linted and checked, and written into a Drools file system. */
    private Prepared prepare(List<Path> ruleDirs) throws RuleBaseException {
        List<String> errors = new ArrayList<>();
        List<RuleSource> sources = new ArrayList<>();
        ruleDirs.forEach(dir -> sources.addAll(RuleSource.collect(dir, errors)));
        List<RuleInfo> rules = new ArrayList<>();
        MetadataChecker checker = new MetadataChecker(kb, errors);
        RuleLinter linter = new RuleLinter(errors);
        Map<String, String> displayByKiePath = new HashMap<>();
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId release = ks.newReleaseId("dev.vigil.rules", "rules" + BUILDS.incrementAndGet(), "1.0.0");
        kfs.generateAndWritePomXML(release);
        int n = 0;
        for (RuleSource source : sources) {
            PackageDescr pkg = parse(source, errors);
            if (pkg == null) {
                continue;
            }
            linter.lint(source, pkg);
            for (RuleDescr rd : pkg.getRules()) {
                if (rd.isQuery()) {
                    continue;
                }
                RuleInfo info = new RuleInfo(annotation(rd, "id"), rd.getName(), source.displayPath(), rd.getLine(), metadata(rd));
                rules.add(info);
                checker.check(info);
            }
            String kiePath = pkg.getName().replace('.', '/') + "/" + (n++) + "-" + source.path().getFileName() + (source.decisionTable() ? ".drl" : "");
            displayByKiePath.put(kiePath, source.displayPath());
            kfs.write("src/main/resources/" + kiePath, source.drl().getBytes(StandardCharsets.UTF_8));
        }
        if (!errors.isEmpty()) {
            throw new RuleBaseException(onSpreadsheets(errors, sources));
        }
        return new Prepared(kfs, release, rules, displayByKiePath, sources);
    }

    private record Prepared(KieFileSystem kfs, ReleaseId release, List<RuleInfo> rules, Map<String, String> displayByKiePath,
                            List<RuleSource> sources) {

        /** Throws the build's errors, pointed at the rule files. */
        void failOn(KieBuilder builder) throws RuleBaseException {
            List<String> errors = new ArrayList<>();
            for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
                String file = displayByKiePath.getOrDefault(m.getPath(), m.getPath());
                errors.add(file + ":" + m.getLine() + ": " + m.getText().strip());
            }
            if (!errors.isEmpty()) {
                throw new RuleBaseException(onSpreadsheets(errors, sources));
            }
        }
    }

    private static String version(List<Path> ruleDirs, Path knowledgeDir) {
        List<Path> hashed = new ArrayList<>(ruleDirs);
        hashed.add(knowledgeDir);
        return Versions.hash(hashed);
    }

    private static List<RulePack> packs(List<Path> ruleDirs) {
        return ruleDirs.stream().map(d -> new RulePack(packName(d), Versions.hash(List.of(d)))).toList();
    }

    /** Errors in decision tables, pointed at spreadsheet rows and columns instead of generated DRL. */
    private static List<String> onSpreadsheets(List<String> errors, List<RuleSource> sources) {
        List<String> out = new ArrayList<>(errors);
        for (RuleSource s : sources) {
            if (s.decisionTable()) {
                out.replaceAll(s.table()::map);
            }
        }
        return out;
    }

    /**
     * A pack's name: its folder's name, as its rule files are shown ({@code rules/web/perimeter.drl}),
     * not where the folder lies, so the same rules give the same report from any checkout; the version
     * (a hash of the files) tells apart packs of the same name.
     */
    private static String packName(Path dir) {
        Path folder = dir.toAbsolutePath().normalize().getFileName();
        String name = folder == null ? dir.toString() : folder.toString();
        return dir.getFileSystem().equals(java.nio.file.FileSystems.getDefault()) ? name : "(bundled)/" + name;
    }

    private static PackageDescr parse(RuleSource source, List<String> errors) {
        DrlParser parser = new DrlParser();
        try {
            PackageDescr pkg = parser.parse(false, source.drl());
            if (parser.hasErrors() || pkg == null) {
                parser.getErrors().forEach(e -> errors.add(source.displayPath() + ":" + firstLine(e.getLines()) + ": " + e.getMessage()));
                return null;
            }
            return pkg;
        } catch (DroolsParserException e) {
            errors.add(source.displayPath() + ": " + e.getMessage());
            return null;
        }
    }

    private static int firstLine(int[] lines) {
        return lines == null || lines.length == 0 ? 0 : lines[0];
    }

    private static String annotation(RuleDescr rd, String name) {
        AnnotationDescr a = rd.getAnnotation(name);
        return a == null ? null : String.valueOf(a.getSingleValueStripped());
    }

    private static Map<String, String> metadata(RuleDescr rd) {
        Map<String, String> out = new TreeMap<>();
        for (AnnotationDescr a : rd.getAnnotations()) {
            out.put(a.getName(), String.valueOf(a.getSingleValueStripped()));
        }
        return out;
    }
}
