/**
 * Reading files: a strict YAML/JSON reader that keeps line and column of every node and rejects
 * aliases, tags, duplicate keys, oversized and over-deep input; a binder from that tree to records
 * that collects every problem at once; the system-model loader and its cross-reference checks.
 * May use {@code model} only; the knowledge base hands vocabularies in as plain sets.
 */
package dev.vigil.model.io;
