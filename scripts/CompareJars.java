import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Compares two jars byte for byte and, when they differ, names the entries that differ (content, time, order,
 * attributes), so that a reproducibility failure points at its cause. Run as a single-file program:
 * {@code java scripts/CompareJars.java first.jar second.jar}; exit status 0 identical, 1 different, 2 usage error.
 */
public final class CompareJars {
    private static final int MAX_LISTED = 20;

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java CompareJars.java FIRST.jar SECOND.jar");
            System.exit(2);
        }
        Path first = Path.of(args[0]);
        Path second = Path.of(args[1]);
        if (Arrays.equals(Files.readAllBytes(first), Files.readAllBytes(second))) {
            return;
        }
        List<String> differences = differences(first, second);
        if (differences.isEmpty()) {
            differences.add("(every entry is equal: the archive's own layout or comment differs)");
        }
        System.out.println("DIFFERENT: " + first + " and " + second);
        differences.stream().limit(MAX_LISTED).forEach(line -> System.out.println("  " + line));
        if (differences.size() > MAX_LISTED) {
            System.out.println("  ... and " + (differences.size() - MAX_LISTED) + " more");
        }
        System.exit(1);
    }

    private static List<String> differences(Path first, Path second) throws IOException {
        List<String> differences = new ArrayList<>();
        try (ZipFile a = new ZipFile(first.toFile()); ZipFile b = new ZipFile(second.toFile())) {
            Map<String, ZipEntry> entriesA = entries(a);
            Map<String, ZipEntry> entriesB = entries(b);
            if (!new ArrayList<>(entriesA.keySet()).equals(new ArrayList<>(entriesB.keySet()))
                    && entriesA.keySet().equals(entriesB.keySet())) {
                differences.add("entry order differs");
            }
            for (Map.Entry<String, ZipEntry> entry : entriesA.entrySet()) {
                String name = entry.getKey();
                ZipEntry other = entriesB.get(name);
                if (other == null) {
                    differences.add(name + ": only in the first jar");
                    continue;
                }
                ZipEntry mine = entry.getValue();
                if (!Arrays.equals(content(a, mine), content(b, other))) {
                    differences.add(name + ": content differs");
                } else if (mine.getTime() != other.getTime()) {
                    differences.add(name + ": time differs (" + mine.getTime() + " vs " + other.getTime() + ")");
                } else if (!Arrays.equals(mine.getExtra(), other.getExtra())
                        || !Objects.equals(mine.getComment(), other.getComment())
                        || mine.getMethod() != other.getMethod()) {
                    differences.add(name + ": attributes differ (extra field, comment or compression method)");
                }
            }
            for (String name : entriesB.keySet()) {
                if (!entriesA.containsKey(name)) {
                    differences.add(name + ": only in the second jar");
                }
            }
        }
        return differences;
    }

    private static Map<String, ZipEntry> entries(ZipFile zip) {
        Map<String, ZipEntry> entries = new LinkedHashMap<>();
        for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
            ZipEntry entry = all.nextElement();
            entries.put(entry.getName(), entry);
        }
        return entries;
    }

    private static byte[] content(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }
}
