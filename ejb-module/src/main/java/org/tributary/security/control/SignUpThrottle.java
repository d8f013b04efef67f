package org.tributary.security.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits sign-ups per client address and per address block (the /24 of an IPv4 address, the /64 of an
 * IPv6 one), so the 409 for a taken email cannot list accounts at speed (decision 40). Two counts: refused
 * sign-ups (a taken email, a bad email or password: the answers that tell something), kept low, and all
 * sign-ups, a little higher. The check is one query, made before anything costly (Argon2).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SignUpThrottle {

    static final String WHAT = "Too many sign-ups from your network.";

    @Inject
    AttemptCounter counter;

    @Inject
    @ConfigProperty(name = "tributary.sign-up.max-refused-per-address", defaultValue = "10")
    int maxRefusedPerAddress;

    @Inject
    @ConfigProperty(name = "tributary.sign-up.max-refused-per-block", defaultValue = "30")
    int maxRefusedPerBlock;

    @Inject
    @ConfigProperty(name = "tributary.sign-up.max-per-address", defaultValue = "20")
    int maxPerAddress;

    @Inject
    @ConfigProperty(name = "tributary.sign-up.max-per-block", defaultValue = "60")
    int maxPerBlock;

    @Inject
    @ConfigProperty(name = "tributary.sign-up.window", defaultValue = "PT1H")
    Duration window;

    @Inject
    @ConfigProperty(name = "tributary.sign-up.block", defaultValue = "PT15M")
    Duration block;

    /**
     * Refuses the attempt while its address or block is over a limit, else counts it.
     *
     * @throws TooManyAttemptsException while the address or its block is blocked
     */
    public void attempt(ClientInfo client) {
        String address = client.address();
        String network = AddressBlock.of(address);
        counter.blocked(List.of(
                        "sign-up:address:" + address,
                        "sign-up:block:" + network,
                        "sign-up-refused:address:" + address,
                        "sign-up-refused:block:" + network))
                .ifPresent(wait -> {
                    throw new TooManyAttemptsException(wait, WHAT);
                });
        counter.count("sign-up:address:" + address, maxPerAddress, window, block);
        counter.count("sign-up:block:" + network, maxPerBlock, window, block);
    }

    /** Counts a refused sign-up (taken or bad email, weak password). */
    public void refused(ClientInfo client) {
        counter.count("sign-up-refused:address:" + client.address(), maxRefusedPerAddress, window, block);
        counter.count("sign-up-refused:block:" + AddressBlock.of(client.address()), maxRefusedPerBlock, window, block);
    }
}
