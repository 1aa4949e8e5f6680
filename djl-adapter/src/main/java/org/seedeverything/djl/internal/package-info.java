/** The DJL seed target and its helpers; not API. */
package org.seedeverything.djl.internal;
