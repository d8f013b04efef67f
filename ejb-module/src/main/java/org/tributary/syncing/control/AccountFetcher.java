package org.tributary.syncing.control;

import java.time.LocalDate;

/** What a provider's worker asks of the bank: one connection's transactions since a day. */
public interface AccountFetcher {

    BankProvider provider();

    /**
     * @param credentials the connection's access, unsealed (never logged)
     * @throws ReconnectNeededException when the bank no longer accepts the access
     * @throws RateLimitedException when the bank asks to wait
     * @throws BankUnavailableException when the bank fails (after retries)
     */
    Fetched fetch(String credentials, LocalDate since);
}
