/**
 * The fact model: what a team states about its system (records inserted into the rule session)
 * and what rules derive from it. Plain records, no dependencies; field annotations describe the
 * file format (required fields, allowed values, defaults, documentation) for the binder and the
 * JSON Schema generator.
 */
package dev.vigil.model;
