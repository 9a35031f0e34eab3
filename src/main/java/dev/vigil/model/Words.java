package dev.vigil.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Words a number field also takes, each standing for a number: {@code "unknown=-1"},
 * {@code "none=9999"}. A model can then say "no patching commitment" in words instead of a made-up
 * number, and "unknown" outright.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Words {
    String[] value();
}
