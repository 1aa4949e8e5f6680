/** Internals of the DL4J adapter: seed targets, the first-use seeding of ND4J generators. Not an API. */
package org.seedeverything.dl4j.internal;
