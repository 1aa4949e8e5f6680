package org.seedeverything.fingerprint;

/**
 * Writes the parts of an object that matter into a {@link FingerprintSink}, in a fixed order:
 * <pre>{@code
 * Funnel<Layer> layerFunnel = (layer, sink) -> sink.putString(layer.name()).putInt(layer.width());
 * Fingerprint fingerprint = Fingerprints.of(layer, layerFunnel);
 * }</pre>
 *
 * @param <T> the type of object funnelled
 * @since 0.1
 */
@FunctionalInterface
public interface Funnel<T> {
    /** Writes {@code from} into {@code into}. */
    void funnel(T from, FingerprintSink into);
}
