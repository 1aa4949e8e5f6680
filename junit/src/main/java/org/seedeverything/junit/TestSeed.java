package org.seedeverything.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects the current test's seed into a {@code long} (or {@code Long}) parameter of a test or lifecycle method of
 * a {@link SeedEverything} test: {@code void converges(@TestSeed long seed)}. It is the seed every generator was set
 * from before the test; it depends only on the master seed and the test's unique id.
 *
 * @since 0.1
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface TestSeed {
}
