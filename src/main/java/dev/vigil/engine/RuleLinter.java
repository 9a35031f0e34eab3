package dev.vigil.engine;

import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;

import java.util.List;
import java.util.Set;

/**
 * Refuses DRL that could do more than reason over the fact model. DRL can call any Java and
 * Drools has no sandbox, so every rule file passes this check before it is compiled. The structure
 * comes from Drools' own parser (imports, globals, functions, declarations, rule attributes, the
 * source range of each rule); inside those ranges a Java-aware tokenizer finds the names used, so
 * comments and string literals never trigger a finding and nothing is missed by formatting.
 */
final class RuleLinter {

    private static final Set<String> ALLOWED_IMPORTS = Set.of("dev.vigil.engine.Emit", "java.util.List", "java.util.Set",
            "java.util.Map", "java.util.Collection", "java.util.Collections", "java.util.Objects", "java.util.Arrays");
    private static final String MODEL = "dev.vigil.model.";
    private static final String EMIT_FUNCTIONS = "dev.vigil.engine.Emit.";
    private static final Set<String> BANNED_ATTRIBUTES = Set.of("salience", "agenda-group", "activation-group",
            "ruleflow-group", "auto-focus", "lock-on-active");

    private final List<String> errors;

    RuleLinter(List<String> errors) {
        this.errors = errors;
    }

    void lint(RuleSource source, PackageDescr pkg) {
        String file = source.displayPath();
        for (ImportDescr i : pkg.getImports()) {
            checkImport(file, i, false);
        }
        for (ImportDescr i : pkg.getFunctionImports()) {
            checkImport(file, i, true);
        }
        for (GlobalDescr g : pkg.getGlobals()) {
            error(file, g.getLine(), "global '" + g.getIdentifier() + "' is not allowed: rules report through the facts "
                    + "they insert (insertLogical), never through globals");
        }
        for (TypeDeclarationDescr t : pkg.getTypeDeclarations()) {
            error(file, t.getLine(), "declared type '" + t.getTypeName() + "' is not allowed: use the fact model "
                    + "(dev.vigil.model), e.g. Derived(kind, subject) for a new classification");
        }
        for (FunctionDescr f : pkg.getFunctions()) {
            new BannedNames(file, f.getLine(), "function '" + f.getName() + "'", errors).scan(f.getBody());
        }
        for (RuleDescr rule : pkg.getRules()) {
            checkRule(source, file, rule);
        }
    }

    private void checkImport(String file, ImportDescr i, boolean function) {
        String target = i.getTarget();
        boolean allowed = function ? target.startsWith(EMIT_FUNCTIONS) && !target.substring(EMIT_FUNCTIONS.length()).contains(".")
                : ALLOWED_IMPORTS.contains(target) || (target.startsWith(MODEL) && !target.substring(MODEL.length()).contains("."));
        if (!allowed) {
            error(file, i.getLine(), "import" + (function ? " function" : "") + " '" + target + "' is outside the fact model; "
                    + "allowed: dev.vigil.model.*, dev.vigil.engine.Emit (and its functions), java.util collections");
        }
    }

    private void checkRule(RuleSource source, String file, RuleDescr rule) {
        String what = (rule.isQuery() ? "query '" : "rule '") + rule.getName() + "'";
        for (AttributeDescr a : rule.getAttributes().values()) {
            if (BANNED_ATTRIBUTES.contains(a.getName())) {
                error(file, rule.getLine(), what + " uses '" + a.getName() + "': rules may not depend on firing order; "
                        + "read derived facts of a lower layer instead");
            }
        }
        int start = Math.max(0, rule.getStartCharacter());
        int end = Math.min(source.drl().length(), rule.getEndCharacter() + 1);
        if (end > start) {
            new BannedNames(file, lineOf(source.drl(), start), what, errors).scan(source.drl().substring(start, end));
        }
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private void error(String file, int line, String message) {
        errors.add(file + ":" + line + ": " + message);
    }
}
