package dev.vigil.engine;

import java.util.Map;

/** A rule as loaded: its id, where it is written and its metadata (annotation name → value). */
public record RuleInfo(String id, String name, String file, int line, Map<String, String> metadata) {

    public String meta(String key) {
        return metadata.get(key);
    }

    /** The catalog threat this rule raises, or null for rules that derive facts. */
    public String threat() {
        return metadata.get("threatId");
    }

    /** The family: the folder the rule file sits in. */
    public String family() {
        String f = file.replace('\\', '/');
        int slash = f.lastIndexOf('/');
        String dir = slash < 0 ? "" : f.substring(0, slash);
        return dir.substring(dir.lastIndexOf('/') + 1);
    }

    public String location() {
        return file + ":" + line;
    }
}
