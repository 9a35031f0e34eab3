package dev.vigil.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A string field (or each element of a string list) must be a value of a vocabulary that comes
 * from the knowledge base, such as {@code technologies} (component types) or {@code attributes}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Vocabulary {
    String value();
}
