/**
 * Implementation details: the derivation, JSON, atomic files. Not an API; may change in any release (the derivation's
 * outputs never do: they are pinned by golden vectors).
 */
package org.seedeverything.internal;
