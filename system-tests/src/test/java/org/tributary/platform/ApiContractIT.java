package org.tributary.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tributary.platform.SystemUnderTest.app;
import static org.tributary.platform.SystemUnderTest.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The served /openapi document against the contract: valid for a standard OpenAPI 3.1 parser, complete (every
 * answer has a schema, errors are problem documents, no decimal is a JSON number), equal to the copy the
 * generated client is built from (docs/api/openapi.json), and in step with API.md and the README's additions.
 */
class ApiContractIT {

    private static final Pattern ENDPOINT = Pattern.compile("\\b(GET|POST|PUT|PATCH|DELETE) (/api/v1/[^\\s|`?·()]*)");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    /**
     * API.md's endpoints that are not built yet. Each must still be missing from /openapi: when one is built,
     * it leaves this list (and the test then checks it is served).
     */
    private static final Set<String> NOT_YET_BUILT = Set.of();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static String served;

    @BeforeAll
    static void fetchTheServedDocument() throws IOException {
        var response = app("/openapi?format=JSON");
        assertThat(response.statusCode()).isEqualTo(200);
        served = response.body();
        // Kept for whoever updates docs/api/openapi.json: copy it there when the API changes on purpose.
        Files.writeString(Path.of(SystemUnderTest.property("it.served-openapi")), pretty(served));
    }

    @Test
    void aStandardOpenApiParserFindsNothingWrong() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(served, null, options);

        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.1");
    }

    @Test
    void everyAnswerHasASchemaAndEveryErrorIsAProblemDocument() throws IOException {
        JsonNode document = JSON.readTree(served);
        List<String> withoutSchema = new ArrayList<>();
        List<String> withoutProblem = new ArrayList<>();
        document.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    if (!METHODS.contains(operation.getKey())) {
                        return;
                    }
                    String name = operation.getKey().toUpperCase() + " " + path.getKey();
                    JsonNode responses = operation.getValue().path("responses");
                    responses.properties().forEach(response -> {
                        boolean noBody = response.getKey().equals("204");
                        if (!noBody
                                && !response.getValue()
                                        .path("content")
                                        .elements()
                                        .hasNext()) {
                            withoutSchema.add(name + " " + response.getKey());
                        }
                        response.getValue().path("content").properties().forEach(media -> {
                            if (media.getValue().path("schema").isMissingNode()) {
                                withoutSchema.add(name + " " + response.getKey() + " " + media.getKey());
                            }
                        });
                    });
                    if (!responses
                            .path("default")
                            .path("content")
                            .path("application/problem+json")
                            .path("schema")
                            .path("$ref")
                            .asText()
                            .equals("#/components/schemas/Problem")) {
                        withoutProblem.add(name);
                    }
                }));

        assertThat(withoutSchema).isEmpty();
        assertThat(withoutProblem).isEmpty();
        assertThat(document.path("components")
                        .path("schemas")
                        .path("Problem")
                        .path("required")
                        .toString())
                .isEqualTo("[\"type\",\"title\",\"status\"]");
    }

    @Test
    void noDecimalIsDeclaredAJsonNumber() throws IOException {
        JsonNode document = JSON.readTree(served);

        assertThat(document.findValues("type").stream().map(JsonNode::toString))
                .noneMatch(type -> type.contains("number"));
        JsonNode decimal = document.path("components").path("schemas").path("Decimal");
        assertThat(decimal.path("type").asText()).isEqualTo("string");
    }

    @Test
    void theCommittedCopyIsTheServedDocument() throws IOException {
        Path committed = Path.of(SystemUnderTest.property("it.docs"), "api", "openapi.json");

        assertThat(JSON.readTree(committed.toFile()))
                .as("docs/api/openapi.json differs from the served /openapi: compare with "
                        + SystemUnderTest.property("it.served-openapi"))
                .isEqualTo(JSON.readTree(served));
    }

    @Test
    void everyEndpointOfTheContractIsServedAndEveryOtherIsDocumented() throws IOException {
        Set<String> contract =
                endpoints(Files.readString(Path.of(SystemUnderTest.property("it.docs"), "api", "API.md")));
        Set<String> servedEndpoints = servedEndpoints();
        String readme = Files.readString(Path.of(SystemUnderTest.property("it.readme")));
        int start = readme.indexOf("## The API beyond");
        Set<String> additions = endpoints(readme.substring(start, readme.indexOf("\n## ", start + 1)));

        Set<String> missing = new TreeSet<>(contract);
        missing.removeAll(servedEndpoints);
        assertThat(missing).as("API.md's endpoints that /openapi lacks").isEqualTo(new TreeSet<>(NOT_YET_BUILT));
        Set<String> undocumented = new TreeSet<>(servedEndpoints);
        undocumented.removeAll(contract);
        undocumented.removeAll(additions);
        assertThat(undocumented)
                .as("served endpoints that neither API.md nor the README's additions name")
                .isEmpty();
        Set<String> gone = new TreeSet<>(additions);
        gone.removeAll(servedEndpoints);
        assertThat(gone).as("README additions that are not served").isEmpty();
    }

    private static Set<String> servedEndpoints() throws IOException {
        Set<String> found = new TreeSet<>();
        JSON.readTree(served)
                .path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    if (METHODS.contains(operation.getKey())) {
                        found.add(operation.getKey().toUpperCase() + " " + normalised(path.getKey()));
                    }
                }));
        return found;
    }

    /** Every "METHOD /api/v1/…" in the text, its path parameters as {} and without a query string. */
    static Set<String> endpoints(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = ENDPOINT.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1) + " " + normalised(matcher.group(2)));
        }
        return found;
    }

    private static String normalised(String path) {
        String plain = path.replaceAll("\\{[^}]*}", "{}");
        return plain.endsWith("/") ? plain.substring(0, plain.length() - 1) : plain;
    }

    private static String pretty(String json) throws IOException {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(json)) + "\n";
    }
}
