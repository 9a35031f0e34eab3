package dev.vigil.questionnaire;

import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a model document as YAML: true/false and whole numbers plain, every other text as text. */
final class ModelYaml {

    private static final String HEADER = "# Written by vigil assess from the answers of an assessment; vigil analyze reads it.\n";

    private ModelYaml() {
    }

    static String write(Map<String, Object> doc) {
        DumpSettings settings = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setWidth(120).build();
        return HEADER + new Dump(settings).dumpToString(typed(doc));
    }

    private static Object typed(Object o) {
        if (o instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> {
                if (!(v instanceof String s && s.isEmpty())) {
                    out.put((String) k, typed(v));
                }
            });
            return out;
        }
        if (o instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(v -> out.add(typed(v)));
            return out;
        }
        String s = (String) o;
        if (s.equals("true") || s.equals("false")) {
            return Boolean.parseBoolean(s);
        }
        if (s.matches("-?\\d{1,18}")) {
            return Long.parseLong(s);
        }
        return s;
    }
}
