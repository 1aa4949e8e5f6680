package org.seedeverything.fingerprint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One named, recorded value: its fingerprint, element type, shape and statistics, and when small enough its values
 * (arrays up to 1024 elements, strings up to {@value #MAX_TEXT} characters).
 *
 * @since 0.1
 */
public final class ManifestEntry {
    /** Characters of a recorded string kept in the manifest. */
    public static final int MAX_TEXT = 4096;

    private final String name;
    private final EntryKind kind;
    private final Fingerprint fingerprint;
    private final DType dtype;
    private final long[] shape;
    private final EntryStatistics statistics;
    private final ElementValues values;
    private final BlockDigests blocks;
    private final String text;

    ManifestEntry(String name, EntryKind kind, Fingerprint fingerprint, DType dtype, long[] shape,
            EntryStatistics statistics, ElementValues values, BlockDigests blocks, String text) {
        this.name = name;
        this.kind = kind;
        this.fingerprint = fingerprint;
        this.dtype = dtype;
        this.shape = shape;
        this.statistics = statistics;
        this.values = values;
        this.blocks = blocks;
        this.text = text;
    }

    /** The name given when recording. */
    public String name() {
        return name;
    }

    /** What was recorded. */
    public EntryKind kind() {
        return kind;
    }

    /** The fingerprint of the recorded value. */
    public Fingerprint fingerprint() {
        return fingerprint;
    }

    /** The element type ({@link DType#UTF8} for text, {@link DType#BYTES} for funnelled objects). */
    public DType dtype() {
        return dtype;
    }

    /** The shape (a copy); {@code []} for a number. */
    public long[] shape() {
        return shape.clone();
    }

    /** Statistics of the elements of arrays and numbers. */
    public Optional<EntryStatistics> statistics() {
        return Optional.ofNullable(statistics);
    }

    /** The recorded string (at most {@value #MAX_TEXT} characters) of a {@link EntryKind#TEXT} entry. */
    public Optional<String> text() {
        return Optional.ofNullable(text);
    }

    /** The exact text of element {@code index} (C order) when the values were kept. */
    public Optional<String> value(long index) {
        if (values == null || index < 0 || index >= values.count()) {
            return Optional.empty();
        }
        return Optional.of(values.text(index));
    }

    /** Whether every element's value was kept. */
    public boolean hasValues() {
        return values != null;
    }

    ElementValues values() {
        return values;
    }

    BlockDigests blocks() {
        return blocks;
    }

    Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", name);
        map.put("kind", kind.name());
        map.put("dtype", dtype.name());
        map.put("shape", Arrays.stream(shape).boxed().toList());
        map.put("fingerprint", fingerprint.toString());
        if (statistics != null) {
            Map<String, Object> stats = new LinkedHashMap<>();
            stats.put("count", statistics.count());
            stats.put("min", statistics.min());
            stats.put("max", statistics.max());
            stats.put("mean", statistics.mean());
            stats.put("std", statistics.std());
            stats.put("nan", statistics.nanCount());
            stats.put("zero", statistics.zeroCount());
            map.put("statistics", stats);
        }
        if (text != null) {
            map.put("text", text);
        }
        if (values != null && values.count() <= ContentSummary.INLINE_VALUES) {
            map.put("values", values.texts());
        } else if (blocks != null) {
            Map<String, Object> blockMap = new LinkedHashMap<>();
            blockMap.put("elements", blocks.blockElements());
            blockMap.put("digests", blocks.hex());
            map.put("blocks", blockMap);
        }
        return map;
    }

    /**
     * Reads one entry of a parsed manifest and checks that its parts agree (a hand-edited or corrupt file is refused
     * here, not later with an index error): a valid shape, statistics counting the shape's elements, kept values of
     * that count, and block digests that cover it.
     *
     * @throws IllegalArgumentException naming the entry (position and name), the key and the bad value
     */
    static ManifestEntry fromMap(Map<?, ?> map, int position) {
        String where = "entry " + position;
        String name = string(map, "name", where);
        where = "entry " + position + " (\"" + name + "\")";
        EntryKind kind = enumValue(EntryKind.class, string(map, "kind", where), "kind", where);
        DType dtype = enumValue(DType.class, string(map, "dtype", where), "dtype", where);
        long[] shape = longs(list(map, "shape", where), "shape", where);
        long count = elementCount(shape, where);
        Fingerprint fingerprint;
        try {
            fingerprint = Fingerprint.parse(string(map, "fingerprint", where));
        } catch (IllegalArgumentException bad) {
            throw new IllegalArgumentException(where + ": " + bad.getMessage(), bad);
        }
        EntryStatistics statistics = null;
        if (map.get("statistics") instanceof Map<?, ?> stats) {
            statistics = new EntryStatistics(count(stats, "count", where), count(stats, "nan", where),
                    count(stats, "zero", where), real(stats, "min", where), real(stats, "max", where),
                    real(stats, "mean", where), real(stats, "std", where));
            require(statistics.count() == count, where, "\"statistics\".\"count\" " + statistics.count()
                    + " differs from the " + count + " elements of shape " + Shapes.format(shape));
            require(statistics.nanCount() + statistics.zeroCount() <= count, where, "\"statistics\" counts "
                    + statistics.nanCount() + " NaNs and " + statistics.zeroCount() + " zeros in " + count
                    + " elements");
        }
        String text = map.get("text") instanceof String s ? s : null;
        require(kind != EntryKind.TEXT || text != null, where, "a TEXT entry needs its \"text\"");
        ElementValues values = null;
        if (map.get("values") instanceof List<?> list) {
            require(list.size() == count, where, "\"values\" holds " + list.size() + " values for the " + count
                    + " elements of shape " + Shapes.format(shape));
            try {
                values = ElementValues.parse(dtype, list);
            } catch (IllegalArgumentException bad) {
                throw new IllegalArgumentException(where + ": " + bad.getMessage(), bad);
            }
        }
        BlockDigests blocks = null;
        if (map.get("blocks") instanceof Map<?, ?> blockMap) {
            long blockElements = count(blockMap, "elements", where);
            require(blockElements >= 1, where, "\"blocks\".\"elements\" is " + blockElements
                    + "; a block holds at least 1 element");
            List<?> digests = list(blockMap, "digests", where);
            long expectedBlocks = Math.max(1, count / blockElements + (count % blockElements == 0 ? 0 : 1));
            require(digests.size() == expectedBlocks, where, "\"blocks\" has " + digests.size() + " digests where "
                    + count + " elements in blocks of " + blockElements + " need " + expectedBlocks);
            try {
                blocks = BlockDigests.parse(blockElements, digests);
            } catch (IllegalArgumentException bad) {
                throw new IllegalArgumentException(where + ": " + bad.getMessage(), bad);
            }
        }
        return new ManifestEntry(name, kind, fingerprint, dtype, shape, statistics, values, blocks, text);
    }

    private static long elementCount(long[] shape, String where) {
        try {
            return Shapes.elementCount(Shapes.checkedShape(shape));
        } catch (IllegalArgumentException bad) {
            throw new IllegalArgumentException(where + " has an invalid \"shape\": " + bad.getMessage(), bad);
        }
    }

    private static long count(Map<?, ?> map, String key, String where) {
        long value = number(map, key, where).longValue();
        require(value >= 0, where, "\"" + key + "\" is " + value + "; counts are never negative");
        return value;
    }

    private static void require(boolean valid, String where, String problem) {
        if (!valid) {
            throw new IllegalArgumentException(where + ": " + problem);
        }
    }

    private static String string(Map<?, ?> map, String key, String where) {
        if (map.get(key) instanceof String value) {
            return value;
        }
        throw new IllegalArgumentException(where + " needs a string \"" + key + "\", found " + map.get(key));
    }

    private static List<?> list(Map<?, ?> map, String key, String where) {
        if (map.get(key) instanceof List<?> value) {
            return value;
        }
        throw new IllegalArgumentException(where + " needs a list \"" + key + "\", found " + map.get(key));
    }

    private static Number number(Map<?, ?> map, String key, String where) {
        if (map.get(key) instanceof Number value) {
            return value;
        }
        throw new IllegalArgumentException(where + " needs a number \"" + key + "\", found " + map.get(key));
    }

    private static double real(Map<?, ?> map, String key, String where) {
        Object value = map.get(key);
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        if (value instanceof String text) {
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException bad) {
                // reported below
            }
        }
        throw new IllegalArgumentException(where + " needs a number \"" + key + "\", found " + value);
    }

    private static long[] longs(List<?> list, String key, String where) {
        List<Long> out = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Long value)) {
                throw new IllegalArgumentException(where + " has a non-integer in \"" + key + "\": " + item);
            }
            out.add(value);
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String text, String key, String where) {
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException(where + " has an unknown " + key + " \"" + text + "\"");
        }
    }

    @Override
    public String toString() {
        return name + " " + dtype + Shapes.format(shape) + " " + fingerprint;
    }
}
