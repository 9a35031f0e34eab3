package dev.vigil.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The question a reader is asked when a finding rests on this field being unknown; {@code {name}}
 * stands for the element's name. Fields without one are asked about from their documentation.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Verify {
    String value();
}
