package org.seedeverything.fingerprint;

import com.dynatrace.hash4j.hashing.Hashing;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * 64-bit digests of consecutive blocks of an entry's elements (at most {@value #MAX_BLOCKS} blocks), so two manifests
 * can name the first differing element range without keeping the values. Not part of the fingerprint format: only
 * manifests of the same release are compared block by block.
 */
final class BlockDigests {
    static final int MAX_BLOCKS = 256;
    static final int MIN_BLOCK_ELEMENTS = 1024;

    private final long blockElements;
    private final long[] digests;

    BlockDigests(long blockElements, long[] digests) {
        this.blockElements = blockElements;
        this.digests = digests;
    }

    static long blockElements(long elementCount) {
        return Math.max(MIN_BLOCK_ELEMENTS, (elementCount + MAX_BLOCKS - 1) / MAX_BLOCKS);
    }

    /** Folds a piece of a block into the block's running digest (seeded chaining of XXH3-64). */
    static long fold(long running, byte[] bytes, int offset, int length) {
        return Hashing.xxh3_64(running).hashBytesToLong(bytes, offset, length);
    }

    long blockElements() {
        return blockElements;
    }

    /** The first block whose digest differs, or -1 (blocks must have the same size). */
    int firstDifferingBlock(BlockDigests other) {
        if (blockElements != other.blockElements) {
            return -1;
        }
        int common = Math.min(digests.length, other.digests.length);
        for (int i = 0; i < common; i++) {
            if (digests[i] != other.digests[i]) {
                return i;
            }
        }
        return digests.length == other.digests.length ? -1 : common;
    }

    List<String> hex() {
        HexFormat hex = HexFormat.of();
        return Arrays.stream(digests).mapToObj(hex::toHexDigits).toList();
    }

    static BlockDigests parse(long blockElements, List<?> hexDigests) {
        long[] digests = new long[hexDigests.size()];
        for (int i = 0; i < digests.length; i++) {
            String text = String.valueOf(hexDigests.get(i));
            if (text.length() != 16) {
                throw new IllegalArgumentException("Block digest \"" + text + "\" is not 16 hex digits");
            }
            digests[i] = HexFormat.fromHexDigitsToLong(text);
        }
        return new BlockDigests(blockElements, digests);
    }
}
