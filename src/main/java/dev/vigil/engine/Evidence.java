package dev.vigil.engine;

import java.util.List;

/** Why a fact exists: the rule whose firing inserted it and the facts that rule matched. */
public record Evidence(String ruleId, List<Object> matched) {
}
