/** Helpers of the Maven plugin's goals; not an API. */
package org.seedeverything.maven.internal;
