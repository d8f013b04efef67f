package org.tributary.syncing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/** A GoCardless account's transactions since a day: the statement is the API's answer itself. */
@ApplicationScoped
public class GoCardlessFetcher implements AccountFetcher {

    @Inject
    GoCardlessApi api;

    @Override
    public BankProvider provider() {
        return BankProvider.GOCARDLESS;
    }

    @Override
    public Fetched fetch(String credentials, LocalDate since) {
        Fetched.RawResponse answer =
                api.transactions(Credentials.of(credentials).text("accountId"), since);
        return new Fetched(answer.body(), List.of(answer));
    }
}
