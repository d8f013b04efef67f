package org.tributary.syncing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/** A SimpleFIN connection's Account Set since a day: the statement is the bridge's answer itself. */
@ApplicationScoped
public class SimpleFinFetcher implements AccountFetcher {

    @Inject
    SimpleFinBridge bridge;

    @Override
    public BankProvider provider() {
        return BankProvider.SIMPLEFIN;
    }

    @Override
    public Fetched fetch(String credentials, LocalDate since) {
        byte[] accountSet = bridge.accountSet(Credentials.of(credentials).text("accessUrl"), since);
        return new Fetched(accountSet, List.of(new Fetched.RawResponse("GET /accounts", 200, accountSet)));
    }
}
