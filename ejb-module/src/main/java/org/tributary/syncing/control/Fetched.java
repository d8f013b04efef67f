package org.tributary.syncing.control;

import java.util.List;

/**
 * What a sync brought back: the statement handed to the import pipeline, and every answer of the bank's API it was
 * made from, exactly as received ({@code raw_<provider>.responses}).
 */
public record Fetched(byte[] statement, List<RawResponse> responses) {

    /** One answer of a bank's API; {@code request} is the method and path, never a token or a secret. */
    public record RawResponse(String request, int status, byte[] body) {}
}
