package org.seedeverything.fingerprint;

/**
 * One pass over a payload's canonical bytes: statistics, block digests, and a copy of the values when they fit the
 * retention limit.
 */
final class ContentSummary {
    /** Elements up to which values are always kept and written to JSON. */
    static final int INLINE_VALUES = 1024;
    private static final int PIECE_BYTES = FingerprintFormat.CHUNK_BYTES;

    final EntryStatistics statistics;
    final BlockDigests blocks;
    final ElementValues values;

    private ContentSummary(EntryStatistics statistics, BlockDigests blocks, ElementValues values) {
        this.statistics = statistics;
        this.blocks = blocks;
        this.values = values;
    }

    static ContentSummary of(Payload payload, long retainBytes) {
        DType dtype = payload.dtype;
        int size = dtype.byteSize();
        long count = payload.elementCount;
        long byteLength = payload.byteLength();
        boolean keep = count <= INLINE_VALUES || (byteLength <= retainBytes && byteLength <= Integer.MAX_VALUE - 8);
        byte[] kept = keep ? new byte[(int) byteLength] : null;
        long blockElements = BlockDigests.blockElements(count);
        int blockCount = (int) Math.max(1, (count + blockElements - 1) / blockElements);
        long[] digests = new long[blockCount];
        StatisticsAccumulator statistics = new StatisticsAccumulator();
        int pieceElements = PIECE_BYTES / size;
        byte[] scratch = kept != null ? null
                : ChunkBuffers.take((int) Math.min(PIECE_BYTES, Math.max(size, byteLength)));
        for (int block = 0; block < blockCount; block++) {
            long first = block * blockElements;
            long end = Math.min(count, first + blockElements);
            long digest = 0;
            for (long at = first; at < end; at += pieceElements) {
                int elements = (int) Math.min(pieceElements, end - at);
                int length = elements * size;
                byte[] target = kept != null ? kept : scratch;
                int targetOffset = kept != null ? (int) (at * size) : 0;
                payload.copy(at * size, target, targetOffset, length);
                digest = BlockDigests.fold(digest, target, targetOffset, length);
                for (int i = 0; i < elements; i++) {
                    long bits = ElementCodec.bits(dtype, target, targetOffset + i * size);
                    statistics.accept(ElementCodec.toDouble(dtype, bits));
                }
            }
            digests[block] = digest;
        }
        ChunkBuffers.give(scratch);
        return new ContentSummary(statistics.result(), new BlockDigests(blockElements, digests),
                kept != null ? new ElementValues(dtype, kept) : null);
    }
}
