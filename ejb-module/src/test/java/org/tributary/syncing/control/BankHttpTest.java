package org.tributary.syncing.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class BankHttpTest {

    private static final List<URI> BASES = List.of(URI.create("https://xs2a.bank.example/psd2/"));
    private static final BerlinGroupApi.Bank BANK =
            new BerlinGroupApi.Bank("bank", "Bank", "DE", URI.create("https://xs2a.bank.example/psd2/"));

    @Test
    void onlyAddressesUnderAConfiguredBaseAreAsked() {
        assertThat(BankHttp.isUnder(URI.create("https://xs2a.bank.example/psd2/v1/accounts"), BASES))
                .isTrue();
        assertThat(BankHttp.isUnder(URI.create("https://xs2a.bank.example:443/psd2/v1/accounts"), BASES))
                .isTrue();
        assertThat(BankHttp.isUnder(URI.create("http://xs2a.bank.example/psd2/v1/accounts"), BASES))
                .isFalse();
        assertThat(BankHttp.isUnder(URI.create("https://xs2a.bank.example/psd2x/v1"), BASES))
                .isFalse();
        assertThat(BankHttp.isUnder(URI.create("https://xs2a.bank.example/psd2/../admin"), BASES))
                .isFalse();
        assertThat(BankHttp.isUnder(URI.create("https://169.254.169.254/psd2/v1"), BASES))
                .isFalse();
        assertThat(BankHttp.isUnder(URI.create("https://evil@xs2a.bank.example/psd2/v1"), BASES))
                .isFalse();
        assertThat(BankHttp.isUnder(URI.create("https://xs2a.bank.example:8443/psd2/v1"), BASES))
                .isFalse();
    }

    @Test
    void aNextPageLinkIsFollowedOnlyWithinTheBank() {
        BerlinGroupApi api = new BerlinGroupApi();
        assertThat(api.next(
                        BANK,
                        page("{\"transactions\":{\"booked\":[],\"_links\":{\"next\":{\"href\":"
                                + "\"/psd2/v1/accounts/a1/transactions?bookingStatus=both&page=2\"}}}}")))
                .contains(URI.create(
                        "https://xs2a.bank.example/psd2/v1/accounts/a1/transactions?bookingStatus=both&page=2"));
        assertThat(api.next(BANK, page("{\"transactions\":{\"booked\":[],\"_links\":{}}}")))
                .isEmpty();
        assertThat(api.next(
                        BANK,
                        page("{\"transactions\":{\"booked\":[]},\"_links\":{\"next\":{\"href\":"
                                + "\"https://xs2a.bank.example/psd2/v1/accounts/a1/transactions?page=3\"}}}")))
                .isPresent();
        assertThatThrownBy(() -> api.next(
                        BANK,
                        page("{\"transactions\":{\"_links\":{\"next\":{\"href\":"
                                + "\"http://127.0.0.1:9990/management\"}}}}")))
                .isInstanceOf(BankUnavailableException.class)
                .hasMessageContaining("leads away from the bank");
    }

    private static JsonObject page(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
