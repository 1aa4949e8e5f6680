/**
 * Internals of the initialisers: the block-parallel fill engine, the xoshiro256++ generator, the ziggurat normal
 * and truncated normal samplers and the orthogonalisation. Not an API: these classes may change, but the values
 * they produce are pinned by golden vectors.
 */
package org.seedeverything.init.internal;
