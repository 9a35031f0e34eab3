package dev.vigil.model;

import java.util.List;
import java.util.Map;

/**
 * Every link of the session as one adjacency (element → the elements it links to), built once
 * from all {@link Link} facts so that each entry point's reachability walk does not collect and
 * index the links again.
 */
public record LinkGraph(Map<String, List<String>> next, int links, String ruleId) {
}
