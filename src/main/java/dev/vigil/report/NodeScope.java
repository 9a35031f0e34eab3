package dev.vigil.report;

import tools.jackson.databind.node.ObjectNode;

import java.util.Map;

/**
 * A JSON object of the report's tree as a template scope, with keys of the view's own (a rank, a
 * drawing) in front of the node's. Not Iterable, unlike ObjectNode, so a section over it renders
 * once with it as the scope instead of once per field.
 */
record NodeScope(ObjectNode node, Map<String, Object> extra) {

    NodeScope(ObjectNode node) {
        this(node, Map.of());
    }
}
