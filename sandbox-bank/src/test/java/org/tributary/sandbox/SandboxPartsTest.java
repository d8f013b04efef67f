package org.tributary.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The sandbox's small parts: JSON written and read, IBANs, the volume ledger. */
class SandboxPartsTest {

    @Test
    void theWriterEscapesWhatJsonAsksAndPlacesTheCommas() {
        String json = new JsonWriter()
                .beginObject()
                .field("text", "a \"quote\", a \\ and\na line\t\u0001 \u2028 é")
                .field("number", -12)
                .field("yes", true)
                .nullField("none")
                .field("list", List.of("x", "y"))
                .name("empty")
                .beginArray()
                .endArray()
                .name("nested")
                .beginObject()
                .field("a", "b")
                .endObject()
                .endObject()
                .toString();
        assertThat(json)
                .isEqualTo("{\"text\":\"a \\\"quote\\\", a \\\\ and\\na line\\t\\u0001 \\u2028 é\",\"number\":-12,"
                        + "\"yes\":true,\"none\":null,\"list\":[\"x\",\"y\"],\"empty\":[],\"nested\":{\"a\":\"b\"}}");
    }

    @Test
    void theReaderReadsWhatTheWriterWritesBack() throws Exception {
        Map<String, Object> object = JsonReader.object(
                " {\"access\": {\"accounts\": [], \"allPsd2\": \"allAccounts\"}, \"n\": 4, \"d\": -1.50e1,"
                        + " \"ok\": false, \"none\": null, \"s\": \"\\u00e9\\n\\\"\\/\"} ");
        assertThat(object.get("access")).isEqualTo(Map.of("accounts", List.of(), "allPsd2", "allAccounts"));
        assertThat(JsonReader.integer(object, "n")).isEqualTo(4);
        assertThat(object.get("d")).isEqualTo(new BigDecimal("-1.50e1"));
        assertThat(JsonReader.bool(object, "ok")).isFalse();
        assertThat(object).containsEntry("none", null);
        assertThat(JsonReader.string(object, "s")).isEqualTo("é\n\"/");
        assertThat(JsonReader.object(new JsonWriter().any(object).toString())).isEqualTo(object);
        assertThat(JsonReader.integer(Map.of("days", "90"), "days"))
                .as("GoCardless's numbers as strings")
                .isEqualTo(90);
    }

    @Test
    void theReaderRefusesWhatIsNotJsonAndNeverAnythingElse() {
        for (String text : List.of(
                "",
                "{",
                "{\"a\"}",
                "{\"a\":}",
                "{\"a\":1,}",
                "[1,2",
                "{\"a\":01}",
                "{\"a\":\"\\x\"}",
                "{\"a\":\"\\u12\"}",
                "{\"a\":tru}",
                "{} {}",
                "\"unterminated",
                "[".repeat(100) + "]".repeat(100))) {
            assertThatThrownBy(() -> JsonReader.read(text)).as(text).isInstanceOf(JsonReader.Malformed.class);
        }
        assertThatThrownBy(() -> JsonReader.object("[1]")).isInstanceOf(JsonReader.Malformed.class);
        assertThatThrownBy(() -> JsonReader.integer(Map.of("n", new BigDecimal("1.5")), "n"))
                .isInstanceOf(JsonReader.Malformed.class);
        assertThatThrownBy(() -> JsonReader.strings(Map.of("s", List.of(1)), "s"))
                .isInstanceOf(JsonReader.Malformed.class);
    }

    @Test
    void ibansHaveRightCheckDigitsAndAreTheSameForTheSameSeed() {
        assertThat(Iban.of("GB", "WEST12345698765432")).isEqualTo("GB82WEST12345698765432");
        assertThat(Iban.of("DE", "370400440532013000")).isEqualTo("DE89370400440532013000");
        assertThat(Iban.valid("GB82 WEST 1234 5698 7654 32")).isTrue();
        assertThat(Iban.valid("GB83WEST12345698765432")).isFalse();
        assertThat(Iban.gb("SBOX", "a")).startsWith("GB").hasSize(22).isEqualTo(Iban.gb("SBOX", "a"));
        assertThat(Iban.de("a")).startsWith("DE").hasSize(22).isNotEqualTo(Iban.de("b"));
        for (String seed : List.of("a", "b", "c", "checking", "card", "x:y:z")) {
            assertThat(Iban.valid(Iban.gb("SBOX", seed))).isTrue();
            assertThat(Iban.valid(Iban.de(seed))).isTrue();
        }
    }

    @Test
    void pagesEscapeWhatTheyEcho() {
        assertThat(Html.escape("<a href=\"x\">'&'</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
        assertThat(ConsentPages.goCardless("Bank <b>", 90, 365, "https://x.example/?a=1&b=\"2\""))
                .contains("Bank &lt;b&gt;", "a=1&amp;b=&quot;2&quot;")
                .doesNotContain("<b>", "<script");
    }

    @Test
    void redirectsAreHttpLinksAndTheBankAddsItsParametersToTheirQuery() {
        assertThat(GoCardlessApi.isLink("http://tributary_app:8080/api/v1/bank-consents/return?state=1"))
                .isTrue();
        assertThat(GoCardlessApi.isLink("https://tributary.example/back")).isTrue();
        for (String link : List.of(
                "javascript:alert(1)",
                "/relative",
                "https://x.example/a b",
                "https://x\r\n.example",
                "ftp://x.example/")) {
            assertThat(GoCardlessApi.isLink(link)).as(link).isFalse();
        }
        assertThat(GoCardlessApi.withQuery("https://x.example/back", "ref=1"))
                .isEqualTo("https://x.example/back?ref=1");
        assertThat(GoCardlessApi.withQuery("https://x.example/back?s=2", "ref=1"))
                .isEqualTo("https://x.example/back?s=2&ref=1");
        assertThat(GoCardlessApi.withQuery("https://x.example/back?s=2#top", "ref=1"))
                .isEqualTo("https://x.example/back?s=2&ref=1#top");
    }

    @Test
    void aVolumeLedgerBooksExactlyItsVolumeInAnyYearWithTheSameIdsDayAfterDay() {
        LocalDate today = LocalDate.of(2026, 12, 4);
        for (LocalDate day : List.of(today, today.plusDays(1), today.plusDays(200))) {
            SandboxLedger.Account checking =
                    new SandboxLedger("v", 50_000).accounts(day, LocalDate.MIN).get(0);
            assertThat(checking.transactions().stream().filter(t -> !t.pending()))
                    .as(day.toString())
                    .hasSize(50_000);
            assertThat(checking.transactions().stream().filter(SandboxLedger.Transaction::pending))
                    .isNotEmpty();
            Set<String> ids = new HashSet<>();
            checking.transactions().forEach(t -> ids.add(t.id()));
            assertThat(ids).hasSize(checking.transactions().size());
        }
        List<SandboxLedger.Transaction> todays = new SandboxLedger("v", 50_000)
                .accounts(today, today.minusDays(1))
                .get(0)
                .transactions();
        List<SandboxLedger.Transaction> tomorrows = new SandboxLedger("v", 50_000)
                .accounts(today.plusDays(1), today.minusDays(1))
                .get(0)
                .transactions();
        SandboxLedger.Transaction pendingToday = todays.stream()
                .filter(t -> t.date().equals(today.minusDays(1)))
                .findFirst()
                .orElseThrow();
        assertThat(pendingToday.pending()).isTrue();
        assertThat(tomorrows).as("booked the next day under the same id").anySatisfy(t -> {
            assertThat(t.id()).isEqualTo(pendingToday.id());
            assertThat(t.pending()).isFalse();
            assertThat(t.amount()).isEqualTo(pendingToday.amount());
        });
        assertThat(new SandboxLedger("k").accounts(today, LocalDate.MIN))
                .as("no volume: the household's year, as SimpleFIN serves it")
                .isEqualTo(new SandboxLedger("k", 0).accounts(today, LocalDate.MIN));
    }
}
