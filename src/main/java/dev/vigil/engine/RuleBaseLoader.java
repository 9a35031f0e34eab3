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
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            String file = displayByKiePath.getOrDefault(m.getPath(), m.getPath());
            errors.add(file + ":" + m.getLine() + ": " + m.getText().strip());
        }
        if (!errors.isEmpty()) {
            throw new RuleBaseException(onSpreadsheets(errors, sources));
        }
        var container = ks.newKieContainer(release);
        ks.getRepository().removeKieModule(release);
        List<Path> hashed = new ArrayList<>(ruleDirs);
        hashed.add(knowledgeDir);
        List<RulePack> packs = ruleDirs.stream().map(d -> new RulePack(packName(d), Versions.hash(List.of(d)))).toList();
        return new RuleBase(container, rules, Versions.hash(hashed), packs);
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

    private static String packName(Path dir) {
        String name = dir.toString().replace('\\', '/');
        return dir.getFileSystem().equals(java.nio.file.FileSystems.getDefault()) ? name : "(bundled)/" + name.replaceFirst("^/", "");
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
