package org.tributary.syncing.control;

import java.util.Arrays;
import java.util.Optional;
import org.tributary.platform.control.Resources;

/** The bank APIs a connection can be made through, each with its own {@code etl-<provider>-auth-data} queue. */
public enum BankProvider {
    /** A setup token from the person's SimpleFIN Bridge, claimed once for an access URL. */
    SIMPLEFIN("simplefin", "SimpleFIN", Resources.QUEUE_ETL_SIMPLEFIN),
    /** GoCardless Bank Account Data (formerly Nordigen): a requisition the person approves at the bank. */
    GOCARDLESS("gocardless", "GoCardless", Resources.QUEUE_ETL_GOCARDLESS),
    /** A bank's own Berlin Group NextGenPSD2 API: a consent the person approves at the bank (redirect SCA). */
    BERLINGROUP("berlingroup", "Berlin Group", Resources.QUEUE_ETL_BERLINGROUP);

    private final String id;
    private final String displayName;
    private final String queue;

    BankProvider(String id, String displayName, String queue) {
        this.id = id;
        this.displayName = displayName;
        this.queue = queue;
    }

    public static Optional<BankProvider> of(String id) {
        return Arrays.stream(values())
                .filter(p -> p.id.equalsIgnoreCase(String.valueOf(id).strip()))
                .findFirst();
    }

    /** As stored in {@code sources.provider} and written in the API. */
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** The JNDI name of the provider's worker queue. */
    public String queue() {
        return queue;
    }

    /** Whether connecting sends the person to the bank to consent (and back), rather than taking a token. */
    public boolean consentsAtBank() {
        return this != SIMPLEFIN;
    }
}
