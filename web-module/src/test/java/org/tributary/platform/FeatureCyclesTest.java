package org.tributary.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The features' dependencies, read from the sources of every module (decision 37): a feature is the first
 * package under {@code org.tributary}, and it depends on another when its code names it (an import or a
 * qualified name). The business code — entities, control, jobs — has no cycle between features, and
 * platform depends on no feature. The portal's few platform beans that resolve words of several features
 * are listed by name below; a new one fails here.
 */
class FeatureCyclesTest {

    private static final Path ROOT = Path.of("..");
    private static final List<String> BUSINESS = List.of("persistence", "ejb-module", "batch-module");
    private static final Pattern NAMED = Pattern.compile("org\\.tributary\\.([a-z]+)\\.");
    private static final Pattern OWN = Pattern.compile("^package org\\.tributary\\.([a-z]+)[.;]", Pattern.MULTILINE);

    /** Web beans of platform that still name features: the portal's words and language (not business code). */
    private static final Set<String> PORTAL_PLATFORM_BEANS = Set.of(
            "PortalWords.java",
            "PortalLanguage.java",
            "LanguageSwitch.java",
            "TooManyAttemptsMapper.java",
            "UnreadableStatementMapper.java",
            "TooManyRowsMapper.java",
            "UnsupportedFormatMapper.java",
            "ReportsUnavailableMapper.java");

    @Test
    void theBusinessCodesFeaturesFormNoCycle() {
        Map<String, Set<String>> graph = dependencies(BUSINESS, Set.of());

        assertThat(cycles(graph))
                .as("features that depend on each other, in %s", graph)
                .isEmpty();
    }

    @Test
    void platformDependsOnNoFeature() {
        Map<String, Set<String>> graph =
                dependencies(List.of("persistence", "ejb-module", "batch-module", "web-module"), PORTAL_PLATFORM_BEANS);

        assertThat(graph.getOrDefault("platform", Set.of())).isEmpty();
    }

    @Test
    void theCheckSeesACycle() {
        Map<String, Set<String>> graph = new TreeMap<>();
        graph.put("a", Set.of("b"));
        graph.put("b", Set.of("c"));
        graph.put("c", Set.of("a", "d"));
        graph.put("d", Set.of());

        assertThat(cycles(graph)).containsExactly(new TreeSet<>(List.of("a", "b", "c")));
    }

    private static Map<String, Set<String>> dependencies(List<String> modules, Set<String> leftOut) {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (String module : modules) {
            Path sources = ROOT.resolve(module).resolve("src/main/java");
            assertThat(sources).as("run from a module's directory").isDirectory();
            try (Stream<Path> files = Files.walk(sources)) {
                files.filter(f -> f.toString().endsWith(".java"))
                        .filter(f -> !leftOut.contains(f.getFileName().toString()))
                        .forEach(f -> add(graph, read(f)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return graph;
    }

    private static void add(Map<String, Set<String>> graph, String source) {
        Matcher own = OWN.matcher(source);
        if (!own.find()) {
            return;
        }
        String feature = own.group(1);
        Set<String> needs = graph.computeIfAbsent(feature, f -> new TreeSet<>());
        Matcher named = NAMED.matcher(source.substring(own.end()));
        while (named.find()) {
            if (!named.group(1).equals(feature)) {
                needs.add(named.group(1));
            }
        }
    }

    /** The strongly connected groups of more than one feature (Tarjan). */
    static List<Set<String>> cycles(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new TreeMap<>();
        Map<String, Integer> low = new TreeMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<Set<String>> cycles = new ArrayList<>();
        for (String feature : graph.keySet()) {
            if (!index.containsKey(feature)) {
                connect(feature, graph, index, low, stack, onStack, cycles);
            }
        }
        return cycles;
    }

    private static void connect(
            String feature,
            Map<String, Set<String>> graph,
            Map<String, Integer> index,
            Map<String, Integer> low,
            Deque<String> stack,
            Set<String> onStack,
            List<Set<String>> cycles) {
        index.put(feature, index.size());
        low.put(feature, index.get(feature));
        stack.push(feature);
        onStack.add(feature);
        for (String next : graph.getOrDefault(feature, Set.of())) {
            if (!index.containsKey(next)) {
                connect(next, graph, index, low, stack, onStack, cycles);
                low.put(feature, Math.min(low.get(feature), low.get(next)));
            } else if (onStack.contains(next)) {
                low.put(feature, Math.min(low.get(feature), index.get(next)));
            }
        }
        if (low.get(feature).equals(index.get(feature))) {
            Set<String> group = new TreeSet<>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                group.add(member);
            } while (!member.equals(feature));
            if (group.size() > 1) {
                cycles.add(group);
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
