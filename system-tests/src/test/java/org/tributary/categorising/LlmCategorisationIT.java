package org.tributary.categorising;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.tributary.categorising.CategorisationLayersIT.awaitCategorised;
import static org.tributary.categorising.CategorisationLayersIT.transaction;
import static org.tributary.importing.FileImportIT.importAndWait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.tributary.platform.Api;
import org.tributary.platform.SharedResources;
import org.tributary.platform.SystemUnderTest;

/**
 * The optional LLM layer against a stub of the OpenAI chat API (WireMock, started by the build on loopback,
 * where the test server's {@code TRIBUTARY_LLM_BASE_URL} points): a good answer is taken; a timeout, 500s,
 * garbage and finally an open circuit each fall back to the lower layers, and no transaction is lost. The
 * methods run in order because the circuit breaker's state is the server's: the last test opens it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ResourceLock(SharedResources.STUB_SERVER)
class LlmCategorisationIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static WireMock stub;

    @BeforeAll
    static void connect() {
        stub = new WireMock("127.0.0.1", Integer.parseInt(SystemUnderTest.property("it.llm.port")));
    }

    @AfterAll
    static void removeStubs() {
        stub.resetToDefaultMappings();
    }

    @Test
    @Order(1)
    void aGoodAnswerIsTakenAndOnlyTheDescriptorAndDirectionAreSent() throws Exception {
        String marker = "QVORLIX";
        stub.register(post(urlPathEqualTo("/v1/chat/completions"))
                .atPriority(1)
                .withRequestBody(containing(marker))
                .willReturn(chat("{\"results\":[{\"id\":1,\"category\":\"Entertainment\",\"confidence\":0.99}]}")));

        JsonNode row = importOne(marker + " BLOMFEN 7731", "-61.30");

        assertThat(row.path("category").asText()).isEqualTo("Entertainment");
        assertThat(row.path("categorisedBy").asText()).isEqualTo("LLM");
        String sent = stub.find(
                        postRequestedFor(urlPathEqualTo("/v1/chat/completions")).withRequestBody(containing(marker)))
                .get(0)
                .getBodyAsString();
        assertThat(sent)
                .contains("Groceries", "Eating out")
                .doesNotContain("61.30")
                .doesNotContain("61,30");
    }

    @Test
    @Order(2)
    void garbageFallsBackToTheLowerLayers() throws Exception {
        String marker = "GRBLAXO";
        stub.register(post(urlPathEqualTo("/v1/chat/completions"))
                .atPriority(1)
                .withRequestBody(containing(marker))
                .willReturn(chat("I think this is probably groceries, or maybe not!")));

        JsonNode row = importOne(marker + " TRENDU 4411", "-12.00");

        assertThat(row.path("categorisedBy").asText()).isNotEqualTo("LLM");
    }

    @Test
    @Order(3)
    void aTimeoutFallsBackToTheLowerLayers() throws Exception {
        String marker = "SLWOPRA";
        stub.register(post(urlPathEqualTo("/v1/chat/completions"))
                .atPriority(1)
                .withRequestBody(containing(marker))
                .willReturn(chat("{\"results\":[{\"id\":1,\"category\":\"Travel\",\"confidence\":0.9}]}")
                        .withFixedDelay(8_000)));

        JsonNode row = importOne(marker + " KWENTIL 1200", "-33.00");

        assertThat(row.path("categorisedBy").asText()).isNotEqualTo("LLM");
        assertThat(row.path("category").asText()).isNotEqualTo("Travel");
    }

    @Test
    @Order(4)
    void serverErrorsFallBackAndOpenTheCircuitSoTheEndpointIsNoLongerCalled() throws Exception {
        String marker = "FIVEHUNDRO";
        stub.register(post(urlPathEqualTo("/v1/chat/completions"))
                .atPriority(1)
                .withRequestBody(containing(marker))
                .willReturn(aResponse().withStatus(500).withBody("upstream exploded")));

        JsonNode row = importOne(marker + " ZANTOP 55", "-5.00");
        assertThat(row.path("categorisedBy").asText()).isNotEqualTo("LLM");
        int calls = stub.find(postRequestedFor(urlPathEqualTo("/v1/chat/completions")))
                .size();

        JsonNode later = importOne("CIRCOPEN KWABBEL 12", "-7.00");

        assertThat(later.path("categorisedBy").asText()).isNotEqualTo("LLM");
        assertThat(stub.find(postRequestedFor(urlPathEqualTo("/v1/chat/completions")))
                        .size())
                .as("an open circuit sends nothing")
                .isEqualTo(calls);
    }

    /** Imports one row and waits until the worker is done with it; the row is there whatever the LLM did. */
    private static JsonNode importOne(String description, String amount) throws Exception {
        Api user = Api.signedInUser();
        JsonNode run = importAndWait(
                user,
                "llm.csv",
                ("Date,Description,Amount\n2024-05-02," + description + "," + amount + "\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(run.path("imported").asInt()).as(run.toString()).isEqualTo(1);
        awaitCategorised(run.path("importId").asText());
        return transaction(user, description);
    }

    private static ResponseDefinitionBuilder chat(String content) throws Exception {
        String body = JSON.writeValueAsString(JSON.createObjectNode()
                .put("id", "chatcmpl-test")
                .put("object", "chat.completion")
                .put("created", 0)
                .put("model", "stub")
                .set(
                        "choices",
                        JSON.createArrayNode()
                                .add(JSON.createObjectNode()
                                        .put("index", 0)
                                        .put("finish_reason", "stop")
                                        .set(
                                                "message",
                                                JSON.createObjectNode()
                                                        .put("role", "assistant")
                                                        .put("content", content)))));
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }
}
