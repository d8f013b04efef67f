package org.tributary.sources.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.tributary.platform.control.InvalidInputException;
import org.tributary.platform.control.NotFoundException;
import org.tributary.sources.entity.Source;
import org.tributary.sources.entity.SourceKind;

/** A user's sources. Every query names the user: another user's source is simply not found. */
@Stateless
public class Sources {

    @PersistenceContext(unitName = "tributary")
    EntityManager em;

    public List<Source> list(UUID userId) {
        return em.createQuery("select s from Source s where s.userId = :user order by s.createdAt", Source.class)
                .setParameter("user", userId)
                .getResultList();
    }

    public Source create(UUID userId, String kind, String provider, String name, String credentialsJson) {
        SourceKind sourceKind = kind(kind);
        String cleanName = required("name", name, 200);
        String cleanProvider = provider == null || provider.isBlank()
                ? sourceKind.name().toLowerCase(Locale.ROOT)
                : required("provider", provider, 100).toLowerCase(Locale.ROOT);
        if (!cleanProvider.matches("[a-z0-9][a-z0-9-]{0,99}")) {
            throw new InvalidInputException("provider", "Use lower-case letters, digits and '-'.");
        }
        if (cleanProvider.equals(DEFAULT_FILE_PROVIDER)) {
            throw new InvalidInputException("provider", "This provider name is reserved.");
        }
        Source source = new Source(userId, sourceKind, cleanProvider, cleanName, credentialsJson);
        em.persist(source);
        return source;
    }

    /**
     * The FILE source that uploads without a chosen source go to, made on the first upload. Its provider is
     * one no user-made source has, so a source the user creates is never taken for it.
     */
    public Source defaultFileSource(UUID userId) {
        return findOrCreate(userId, SourceKind.FILE, DEFAULT_FILE_PROVIDER, SourceNames.UPLOADS);
    }

    /** The CASH source that hand-entered spending goes to, made on the first entry. */
    public Source cashSource(UUID userId) {
        return findOrCreate(userId, SourceKind.CASH, "cash", SourceNames.CASH);
    }

    static final String DEFAULT_FILE_PROVIDER = "tributary-uploads";

    private Source findOrCreate(UUID userId, SourceKind kind, String provider, String name) {
        return em.createQuery(
                        "select s from Source s where s.userId = :user and s.kind = :kind and s.provider = :provider"
                                + " order by s.createdAt",
                        Source.class)
                .setParameter("user", userId)
                .setParameter("kind", kind)
                .setParameter("provider", provider)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    Source source = new Source(userId, kind, provider, name, null);
                    em.persist(source);
                    em.flush();
                    return source;
                });
    }

    /** The user's source of a bank account, if one holds it. */
    public Optional<Source> ofAccount(UUID userId, String identifier) {
        return em.createQuery("select s from Source s where s.userId = :user and s.accountKey = :key", Source.class)
                .setParameter("user", userId)
                .setParameter("key", AccountKey.of(userId, identifier))
                .getResultStream()
                .findFirst();
    }

    /**
     * The source of a bank account: the one that holds it, or a new FILE source with the given name. Made
     * with the database's unique index as the judge, so two nodes importing the account at once make one.
     */
    public Source forAccount(UUID userId, String identifier, String lastFour, String currency, String name) {
        String cleanName = required("sourceName", name, 200);
        em.createNativeQuery("insert into sources (id, user_id, kind, provider, name, status, account_key,"
                        + " account_last4, currency, created_at) values (?, ?, 'FILE', 'file', ?, 'ACTIVE', ?, ?, ?, now())"
                        + " on conflict (user_id, account_key) where account_key is not null do nothing")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, userId)
                .setParameter(3, cleanName)
                .setParameter(4, AccountKey.of(userId, identifier))
                .setParameter(5, lastFour)
                .setParameter(6, currency)
                .executeUpdate();
        return ofAccount(userId, identifier).orElseThrow();
    }

    /**
     * Makes a chosen source the account's. A source already of another account is refused, and so is an
     * account that already has its own source: two accounts never share a source.
     */
    public void holdAccount(UUID userId, Source source, String identifier, String lastFour, String currency) {
        UUID key = AccountKey.of(userId, identifier);
        if (key.equals(source.getAccountKey())) {
            return;
        }
        if (source.getAccountKey() != null) {
            throw new InvalidInputException(
                    "sourceId",
                    "This file is of the account ending " + lastFour + "; that source holds the account ending "
                            + source.getAccountLastFour() + ".");
        }
        Optional<Source> holder = ofAccount(userId, identifier);
        if (holder.isPresent()) {
            throw new InvalidInputException(
                    "sourceId",
                    "The account ending " + lastFour + " has its own source: "
                            + holder.get().getName() + ".");
        }
        source.holdAccount(key, lastFour, currency);
    }

    public Source createFile(UUID userId, String name) {
        Source source = new Source(userId, SourceKind.FILE, "file", required("sourceName", name, 200), null);
        em.persist(source);
        em.flush();
        return source;
    }

    public Source find(UUID userId, UUID sourceId) {
        Source source = em.find(Source.class, sourceId);
        if (source == null || !source.getUserId().equals(userId)) {
            throw new NotFoundException("source");
        }
        return source;
    }

    /** The CSV mapping the user confirmed for this source, as JSON. */
    public Optional<String> csvMapping(UUID userId, UUID sourceId) {
        List<?> found = em.createNativeQuery(
                        "select cast(csv_mapping as text) from sources where id = ? and user_id = ? and csv_mapping is not null")
                .setParameter(1, sourceId)
                .setParameter(2, userId)
                .getResultList();
        return found.stream().findFirst().map(Object::toString);
    }

    public void rememberCsvMapping(UUID userId, UUID sourceId, String mappingJson) {
        em.createNativeQuery("update sources set csv_mapping = cast(? as jsonb) where id = ? and user_id = ?")
                .setParameter(1, mappingJson)
                .setParameter(2, sourceId)
                .setParameter(3, userId)
                .executeUpdate();
    }

    public Source rename(UUID userId, UUID sourceId, String name) {
        Source source = find(userId, sourceId);
        source.rename(required("name", name, 200));
        return source;
    }

    public void delete(UUID userId, UUID sourceId) {
        em.remove(find(userId, sourceId));
    }

    private static SourceKind kind(String kind) {
        try {
            return SourceKind.valueOf(kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "Use BANK_API, FILE or CASH.");
        }
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "Required.");
        }
        if (value.length() > max) {
            throw new InvalidInputException(field, "At most " + max + " characters.");
        }
        return value.strip();
    }
}
