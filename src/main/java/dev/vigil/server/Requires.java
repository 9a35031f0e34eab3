package dev.vigil.server;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The permission an API endpoint needs; {@link AuthInterceptor} refuses a handler without one. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface Requires {
    Role.Permission value();
}
