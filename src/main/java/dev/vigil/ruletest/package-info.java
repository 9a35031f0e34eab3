/**
 * Rule test cases: the {@code <topic>.test.yaml} files beside each rule file, loaded and run
 * against a rule base. May use {@code model}, {@code model.io}, {@code knowledge}, {@code engine},
 * {@code analysis} and {@code questionnaire} (cases given as the answers of an assessment).
 */
package dev.vigil.ruletest;
