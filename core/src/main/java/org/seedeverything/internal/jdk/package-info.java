/** The built-in targets for JDK and Commons RNG generators. Not an API. */
package org.seedeverything.internal.jdk;
