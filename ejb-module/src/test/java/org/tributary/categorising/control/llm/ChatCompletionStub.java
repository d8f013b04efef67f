package org.tributary.categorising.control.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import jakarta.json.Json;

/**
 * An OpenAI chat-completions endpoint that answers with a fixed assistant message, for WireMock: as a Java
 * stub here, and as mapping JSON for a standalone WireMock (POST it to {@code /__admin/mappings}), which is
 * what a system test points {@code TRIBUTARY_LLM_BASE_URL} at ({@code http://host:port/v1}).
 */
public final class ChatCompletionStub {

    public static final String PATH = "/v1/chat/completions";

    private ChatCompletionStub() {}

    /** The response body of {@code POST /v1/chat/completions}, in the shape OpenAI sends and langchain4j reads. */
    public static String completion(String assistantContent) {
        return Json.createObjectBuilder()
                .add("id", "chatcmpl-stub")
                .add("object", "chat.completion")
                .add("created", 0)
                .add("model", "stub-model")
                .add(
                        "choices",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("index", 0)
                                        .add(
                                                "message",
                                                Json.createObjectBuilder()
                                                        .add("role", "assistant")
                                                        .add("content", assistantContent))
                                        .add("finish_reason", "stop")))
                .add(
                        "usage",
                        Json.createObjectBuilder()
                                .add("prompt_tokens", 1)
                                .add("completion_tokens", 1)
                                .add("total_tokens", 2))
                .build()
                .toString();
    }

    public static MappingBuilder answering(String assistantContent) {
        return post(urlPathEqualTo(PATH))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(completion(assistantContent)));
    }

    /** The same stub as a WireMock mapping document, for a WireMock that runs beside the server. */
    public static String mappingJson(String assistantContent) {
        return Json.createObjectBuilder()
                .add("request", Json.createObjectBuilder().add("method", "POST").add("urlPath", PATH))
                .add(
                        "response",
                        Json.createObjectBuilder()
                                .add("status", 200)
                                .add("headers", Json.createObjectBuilder().add("Content-Type", "application/json"))
                                .add("body", completion(assistantContent)))
                .build()
                .toString();
    }

    /** An assistant message that answers each {@code id, category, confidence} triple. */
    public static String results(Object... idCategoryConfidence) {
        var results = Json.createArrayBuilder();
        for (int i = 0; i < idCategoryConfidence.length; i += 3) {
            results.add(Json.createObjectBuilder()
                    .add("id", (Integer) idCategoryConfidence[i])
                    .add("category", (String) idCategoryConfidence[i + 1])
                    .add("confidence", (Double) idCategoryConfidence[i + 2]));
        }
        return Json.createObjectBuilder().add("results", results).build().toString();
    }
}
