package org.tributary.sandbox;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The year of a connection's accounts, made once a day: a client reading a volume ledger page after page asks for
 * the same year hundreds of times. The few most recently read are kept.
 */
final class LedgerCache {

    private static final int KEPT = 8;

    private record Key(String accountKey, int volume, LocalDate today) {}

    private final Map<Key, List<SandboxLedger.Account>> years = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, List<SandboxLedger.Account>> eldest) {
            return size() > KEPT;
        }
    };

    /** The accounts with every transaction of the year ending {@code today}: checking first, then the card. */
    List<SandboxLedger.Account> year(String accountKey, int volume, LocalDate today) {
        Key key = new Key(accountKey, volume, today);
        synchronized (years) {
            List<SandboxLedger.Account> kept = years.get(key);
            if (kept != null) {
                return kept;
            }
        }
        List<SandboxLedger.Account> made =
                List.copyOf(new SandboxLedger(accountKey, volume).accounts(today, LocalDate.MIN));
        synchronized (years) {
            years.put(key, made);
        }
        return made;
    }
}
