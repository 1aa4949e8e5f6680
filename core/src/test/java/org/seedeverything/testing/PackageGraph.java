package org.seedeverything.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;

/**
 * The package dependencies of compiled classes, read by the JDK's own {@code jdeps} (run in-process through
 * {@link ToolProvider}), so that a test can fail when a change adds an import loop between packages.
 */
public final class PackageGraph {
    private static final Pattern EDGE = Pattern.compile("^\\s+(\\S+)\\s+->\\s+(\\S+)\\s");

    private final Map<String, Set<String>> edges;

    private PackageGraph(Map<String, Set<String>> edges) {
        this.edges = edges;
    }

    /** The graph of the classes in the folder or jar that {@code member} was loaded from, within {@code prefix}. */
    public static PackageGraph of(Class<?> member, String prefix) {
        Path location;
        try {
            location = Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate the classes of " + member, e);
        }
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new IllegalStateException(
                "This JDK has no jdeps tool (module jdk.jdeps); run the tests with a full JDK"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = jdeps.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), "-verbose:package", "-filter:none",
                location.toString());
        if (status != 0) {
            throw new IllegalStateException("jdeps failed with status " + status + ": "
                    + err.toString(StandardCharsets.UTF_8));
        }
        Map<String, Set<String>> edges = new TreeMap<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            Matcher edge = EDGE.matcher(line);
            if (edge.find() && edge.group(1).startsWith(prefix) && edge.group(2).startsWith(prefix)
                    && !edge.group(1).equals(edge.group(2))) {
                edges.computeIfAbsent(edge.group(1), key -> new TreeSet<>()).add(edge.group(2));
            }
        }
        return new PackageGraph(edges);
    }

    /** The packages that {@code pkg} uses directly. */
    public Set<String> uses(String pkg) {
        return edges.getOrDefault(pkg, Set.of());
    }

    /** Every package with at least one dependency inside the prefix. */
    public Set<String> packages() {
        return edges.keySet();
    }

    /** The graph with every package renamed by {@code owner} (edges inside one owner dropped). */
    public PackageGraph collapse(UnaryOperator<String> owner) {
        Map<String, Set<String>> collapsed = new TreeMap<>();
        edges.forEach((from, targets) -> {
            for (String to : targets) {
                String a = owner.apply(from);
                String b = owner.apply(to);
                if (!a.equals(b)) {
                    collapsed.computeIfAbsent(a, key -> new TreeSet<>()).add(b);
                }
            }
        });
        return new PackageGraph(collapsed);
    }

    /** One import loop, as the packages along it (first repeated at the end), if there is any. */
    public Optional<List<String>> cycle() {
        Set<String> finished = new TreeSet<>();
        for (String start : edges.keySet()) {
            List<String> path = new ArrayList<>();
            Optional<List<String>> found = search(start, path, finished);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<List<String>> search(String node, List<String> path, Set<String> finished) {
        int seen = path.indexOf(node);
        if (seen >= 0) {
            List<String> loop = new ArrayList<>(path.subList(seen, path.size()));
            loop.add(node);
            return Optional.of(loop);
        }
        if (finished.contains(node)) {
            return Optional.empty();
        }
        path.add(node);
        for (String next : uses(node)) {
            Optional<List<String>> found = search(next, path, finished);
            if (found.isPresent()) {
                return found;
            }
        }
        path.remove(path.size() - 1);
        finished.add(node);
        return Optional.empty();
    }

    @Override
    public String toString() {
        return edges.toString();
    }
}
