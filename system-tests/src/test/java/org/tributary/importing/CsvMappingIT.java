package org.tributary.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tributary.importing.FileImportIT.importAndWait;
import static org.tributary.platform.SystemUnderTest.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tributary.platform.Api;

/**
 * A CSV the detector reads wrongly is put right by a mapping: shown in the preview, applied to the import,
 * and remembered for the source, so the next file of that source needs no mapping.
 */
class CsvMappingIT {

    /** Amounts of money spent are positive here, and the "Ref" column looks like amounts too. */
    private static final String CARD_EXPORT = """
            When;Ref;What;Spent
            03.02.2024;1001,00;Bakery;4,50
            04.02.2024;1002,00;Cinema;12,00
            05.02.2024;1003,00;Refund shop;-20,00
            """;

    private static final String MAPPING = """
            {"date":"When","amount":"Spent","description":"What","dateFormat":"dd.MM.yyyy",
             "decimalSeparator":",","invertSign":true,"currency":"GBP"}""";

    @Test
    void thePreviewShowsTheRowsAsTheMappingReadsThem() {
        Api user = Api.signedInUser();

        JsonNode preview = json(
                user.upload("/api/v1/imports/preview", "card.csv", bytes(CARD_EXPORT), Map.of("mapping", MAPPING)));

        assertThat(preview.path("mapping").path("amount").asText()).isEqualTo("Spent");
        assertThat(preview.path("mapping").path("invertSign").asBoolean()).isTrue();
        assertThat(preview.path("sample").findValuesAsText("amount")).containsExactly("-4.50", "-12.00", "20.00");
        assertThat(preview.path("sample").get(0).path("currency").asText()).isEqualTo("GBP");
    }

    @Test
    void anImportWithAMappingUsesItAndTheSourceRemembersIt() {
        Api user = Api.signedInUser();
        String sourceId = json(user.post(
                        "/api/v1/sources", "{\"kind\":\"FILE\",\"provider\":\"upload\",\"name\":\"Store card\"}"))
                .path("id")
                .asText();

        JsonNode first =
                importAndWait(user, "card.csv", bytes(CARD_EXPORT), Map.of("mapping", MAPPING, "sourceId", sourceId));
        JsonNode next = importAndWait(
                user,
                "card-march.csv",
                bytes("When;Ref;What;Spent\n02.03.2024;1004,00;Bakery;3,20\n"),
                Map.of("sourceId", sourceId));

        assertThat(first.path("status").asText()).as(first.toString()).isEqualTo("COMPLETED");
        assertThat(first.path("imported").asInt()).isEqualTo(3);
        assertThat(next.path("imported").asInt()).isEqualTo(1);
        JsonNode items = json(user.get("/api/v1/transactions?size=10")).path("items");
        assertThat(items.findValuesAsText("amount")).containsExactlyInAnyOrder("-3.20", "-4.50", "-12.00", "20.00");
        assertThat(items.findValuesAsText("currency")).containsOnly("GBP");
        assertThat(items.findValuesAsText("date")).contains("2024-03-02", "2024-02-03");
    }

    @Test
    void aMappingThatNamesAMissingColumnIsRefusedWithTheColumnsThereAre() {
        Api user = Api.signedInUser();

        var response = user.upload(
                "/api/v1/imports",
                "card.csv",
                bytes(CARD_EXPORT),
                Map.of("mapping", "{\"date\":\"When\",\"amount\":\"Betrag\"}"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Betrag").contains("When, Ref, What, Spent");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
