package org.o365cli.auth;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The columns {@code --output text} shows when a command returns a list, e.g.
 * {@code @DefaultColumns({"id", "displayName"})}. Without it, text output shows every
 * property of every item, in the order first met. {@code json}, {@code csv} and {@code md} always show everything.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DefaultColumns {

    /** Property names, in the order to show them. */
    String[] value();
}
