package org.seedeverything.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Runs the test body several times, seeded identically each time, and fails when what it recorded differs.
 * Placeholder until the fingerprint API lands.
 *
 * @since 0.1
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestTemplate
@ExtendWith(SeedEverythingExtension.class)
@ResourceLock(SeedEverything.GLOBAL_RANDOM_STATE)
public @interface DeterminismCheck {
    int runs() default 0;

    boolean forked() default false;
}
