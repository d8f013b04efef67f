package org.tributary.syncing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Berlin Group account's transactions since a day, page after page. Each page is kept as received; the statement
 * handed to the import is one account report of every page's booked and pending transactions, written as the pages
 * arrive (one page in memory at a time, besides the pending ones, which are few).
 */
@ApplicationScoped
public class BerlinGroupFetcher implements AccountFetcher {

    /** A year of a busy account is a few hundred pages of a hundred; a bank that never ends is not followed. */
    static final int MAX_PAGES = 5_000;

    @Inject
    BerlinGroupApi api;

    @Override
    public BankProvider provider() {
        return BankProvider.BERLINGROUP;
    }

    @Override
    public Fetched fetch(String credentials, LocalDate since) {
        Credentials access = Credentials.of(credentials);
        BerlinGroupApi.Bank bank = api.find(access.text("bank"))
                .orElseThrow(() -> new ReconnectNeededException("This server no longer connects to the bank"));
        String consentId = access.text("consentId");
        List<Fetched.RawResponse> pages = new ArrayList<>();
        List<JsonValue> pending = new ArrayList<>();
        ByteArrayOutputStream statement = new ByteArrayOutputStream();
        try (JsonGenerator out = Json.createGenerator(statement)) {
            out.writeStartObject();
            Optional<URI> next = Optional.of(api.firstPage(bank, access.text("resourceId"), since));
            boolean first = true;
            while (next.isPresent()) {
                if (pages.size() == MAX_PAGES) {
                    throw new BankUnavailableException(
                            BerlinGroupApi.NAME + ": the bank sent more than " + MAX_PAGES + " pages of transactions");
                }
                Fetched.RawResponse raw = api.page(bank, consentId, next.get());
                pages.add(raw);
                JsonObject page = parsed(raw.body());
                if (first) {
                    if (page.get("account") instanceof JsonObject account) {
                        out.write("account", account);
                    }
                    out.writeStartObject("transactions").writeStartArray("booked");
                    first = false;
                }
                JsonObject transactions = page.getJsonObject("transactions");
                if (transactions != null) {
                    if (transactions.get("booked") instanceof JsonArray booked) {
                        booked.forEach(out::write);
                    }
                    if (transactions.get("pending") instanceof JsonArray more) {
                        pending.addAll(more);
                    }
                }
                next = api.next(bank, page);
            }
            out.writeEnd().writeStartArray("pending");
            pending.forEach(out::write);
            out.writeEnd().writeEnd().writeEnd();
        }
        return new Fetched(statement.toByteArray(), List.copyOf(pages));
    }

    private static JsonObject parsed(byte[] page) {
        try (var reader = Json.createReader(new ByteArrayInputStream(page))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new BankUnavailableException(BerlinGroupApi.NAME + ": a page of transactions is not JSON");
        }
    }
}
