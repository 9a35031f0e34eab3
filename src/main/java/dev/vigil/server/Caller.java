package dev.vigil.server;

/** Who is calling: the token's team, role and name (the name is what the audit log and records show). */
record Caller(String team, Role role, String name) {
}
