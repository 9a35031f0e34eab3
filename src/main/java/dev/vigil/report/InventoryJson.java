package dev.vigil.report;

import dev.vigil.model.SystemModel;
import tools.jackson.databind.node.ObjectNode;

/** The model's inventory in the report: every element, as stated, for the reader's reference. */
final class InventoryJson {

    private InventoryJson() {
    }

    static ObjectNode of(SystemModel m) {
        ObjectNode n = JsonReport.MAPPER.createObjectNode();
        n.set("zones", JsonReport.MAPPER.valueToTree(m.zones()));
        n.set("components", JsonReport.MAPPER.valueToTree(m.components()));
        n.set("data", JsonReport.MAPPER.valueToTree(m.data()));
        n.set("flows", JsonReport.MAPPER.valueToTree(m.flows()));
        n.set("principals", JsonReport.MAPPER.valueToTree(m.principals()));
        n.set("access", JsonReport.MAPPER.valueToTree(m.access()));
        n.set("dependencies", JsonReport.MAPPER.valueToTree(m.dependencies()));
        n.set("practices", JsonReport.MAPPER.valueToTree(m.practices()));
        n.set("controls", JsonReport.MAPPER.valueToTree(m.controls()));
        return n;
    }

}
