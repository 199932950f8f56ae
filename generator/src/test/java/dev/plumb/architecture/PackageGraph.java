package dev.plumb.architecture;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Which package uses which, built from the sources: an edge for every import and every qualified {@code dev.plumb}
 * name in code, to packages of the same source tree only.
 *
 * <p>One refinement: a class that names its own package's subpackages, such as {@code dialect/Dialects}, the registry
 * that knows every dialect package, is a node of its own. The dialect packages implement interfaces of their parent,
 * and only the registry names them; counting the registry as its package would make every such pair a cycle and hide
 * the cycles that matter.
 */
final class PackageGraph {

    private final Map<String, Set<String>> edges = new LinkedHashMap<>();

    private PackageGraph() {
    }

    static PackageGraph of(Collection<JavaSource> sources) {
        Set<String> packages = new TreeSet<>();
        sources.forEach(source -> packages.add(source.packageName()));
        Set<String> wiring = new TreeSet<>();
        for (JavaSource source : sources) {
            String own = source.packageName();
            if (source.qualifiedReferences().stream().map(PackageGraph::packageOf)
                    .anyMatch(target -> target.startsWith(own + "."))) {
                wiring.add(own + "." + source.className());
            }
        }
        PackageGraph graph = new PackageGraph();
        for (JavaSource source : sources) {
            String from = graph.node(source.packageName() + "." + source.className(), wiring);
            for (String reference : source.qualifiedReferences()) {
                if (packages.contains(packageOf(reference))) {
                    graph.add(from, graph.node(reference, wiring));
                }
            }
            for (String wired : wiring) {
                String simpleName = wired.substring(wired.lastIndexOf('.') + 1);
                if (packageOf(wired).equals(source.packageName())
                        && Pattern.compile("\\b" + simpleName + "\\b").matcher(source.code()).find()) {
                    graph.add(from, wired);
                }
            }
        }
        return graph;
    }

    /** The edges, for messages and tests: {@code dev.plumb.cli -> [dev.plumb.config, ...]}. */
    Map<String, Set<String>> edges() {
        return edges;
    }

    /** A cycle, as the nodes along it with the first repeated at the end; empty when the graph is acyclic. */
    Optional<List<String>> cycle() {
        Set<String> done = new LinkedHashSet<>();
        for (String start : edges.keySet()) {
            Optional<List<String>> found = cycleFrom(start, new ArrayList<>(), done);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<List<String>> cycleFrom(String node, List<String> path, Set<String> done) {
        int seen = path.indexOf(node);
        if (seen >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(seen, path.size()));
            cycle.add(node);
            return Optional.of(cycle);
        }
        if (done.contains(node)) {
            return Optional.empty();
        }
        path.add(node);
        for (String next : edges.getOrDefault(node, Set.of())) {
            Optional<List<String>> found = cycleFrom(next, path, done);
            if (found.isPresent()) {
                return found;
            }
        }
        path.remove(path.size() - 1);
        done.add(node);
        return Optional.empty();
    }

    private String node(String qualifiedClass, Set<String> wiring) {
        return wiring.contains(qualifiedClass) ? qualifiedClass : packageOf(qualifiedClass);
    }

    private void add(String from, String to) {
        if (!from.equals(to)) {
            edges.computeIfAbsent(from, key -> new TreeSet<>()).add(to);
        }
    }

    private static String packageOf(String qualifiedClass) {
        return qualifiedClass.substring(0, qualifiedClass.lastIndexOf('.'));
    }
}
