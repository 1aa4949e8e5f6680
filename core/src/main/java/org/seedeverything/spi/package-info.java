/**
 * The service-provider interface: implement {@link org.seedeverything.spi.SeedTarget} and list it in
 * {@code META-INF/services/org.seedeverything.spi.SeedTarget} to have {@code Seeds.everything} seed your generator.
 */
package org.seedeverything.spi;
