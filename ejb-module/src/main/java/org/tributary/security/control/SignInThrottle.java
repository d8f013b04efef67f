package org.tributary.security.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts failed sign-ins per account and per client address, in PostgreSQL so that every server node
 * sees the same counts. A key that reaches its limit within the window is blocked for a while; only
 * failures count, and a successful sign-in clears the account's count.
 *
 * <p>A known device (one whose device cookie signed in to this account before, decision 40) is counted by
 * its own key instead of the account's and the address's: failures from anywhere else never lock the
 * owner out of the right password on their own browser.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SignInThrottle {

    @Inject
    AttemptCounter counter;

    @Inject
    @ConfigProperty(name = "tributary.sign-in.max-failures-per-account", defaultValue = "5")
    int maxPerAccount;

    @Inject
    @ConfigProperty(name = "tributary.sign-in.max-failures-per-address", defaultValue = "20")
    int maxPerAddress;

    @Inject
    @ConfigProperty(name = "tributary.sign-in.window", defaultValue = "PT15M")
    Duration window;

    @Inject
    @ConfigProperty(name = "tributary.sign-in.block", defaultValue = "PT15M")
    Duration block;

    /** @throws TooManyAttemptsException while the account or the address is blocked */
    public void checkAllowed(String account, ClientInfo client) {
        checkAllowed(account, client, false);
    }

    /** @throws TooManyAttemptsException while the keys this attempt is counted by are blocked */
    public void checkAllowed(String account, ClientInfo client, boolean knownDevice) {
        counter.blocked(keys(account, client, knownDevice)).ifPresent(wait -> {
            throw new TooManyAttemptsException(wait);
        });
    }

    public void recordFailure(String account, ClientInfo client) {
        recordFailure(account, client, false);
    }

    public void recordFailure(String account, ClientInfo client, boolean knownDevice) {
        if (knownDevice) {
            counter.count(deviceKey(account, client), maxPerAccount, window, block);
            return;
        }
        counter.count(accountKey(account), maxPerAccount, window, block);
        counter.count(addressKey(client), maxPerAddress, window, block);
    }

    public void recordSuccess(String account) {
        counter.clear(accountKey(account));
    }

    private static List<String> keys(String account, ClientInfo client, boolean knownDevice) {
        return knownDevice ? List.of(deviceKey(account, client)) : List.of(accountKey(account), addressKey(client));
    }

    private static String accountKey(String account) {
        return "account:" + account;
    }

    private static String addressKey(ClientInfo client) {
        return "address:" + client.address();
    }

    private static String deviceKey(String account, ClientInfo client) {
        return "device:" + client.deviceKey() + ":" + account;
    }
}
