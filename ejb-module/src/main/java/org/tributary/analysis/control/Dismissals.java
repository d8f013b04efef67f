package org.tributary.analysis.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.tributary.platform.control.Resources;

/**
 * The one owner of {@code dismissed_recommendations}: which recommendations a person put away, until when, and
 * with which yearly effect. A dismissed one stays away until its day has passed or its effect has moved by more
 * than {@link #MATERIAL} of what it was.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Dismissals {

    /** A change in a recommendation's yearly effect this large (a fifth) brings it back. */
    static final BigDecimal MATERIAL = new BigDecimal("0.20");

    @Resource(lookup = Resources.LEDGER_DATASOURCE)
    DataSource ledger;

    /** A dismissal: the effect the recommendation had then, and the day it may come back (null: never). */
    public record Dismissal(BigDecimal impact, LocalDate until) {

        public boolean hides(BigDecimal impactNow, LocalDate today) {
            boolean stillAway = until == null || today.isBefore(until);
            BigDecimal moved = impactNow.subtract(impact).abs();
            return stillAway && moved.compareTo(impact.abs().multiply(MATERIAL)) <= 0;
        }
    }

    public Map<UUID, Dismissal> of(UUID userId) {
        Map<UUID, Dismissal> dismissed = new HashMap<>();
        try (Connection connection = ledger.getConnection();
                PreparedStatement select = connection.prepareStatement("select recommendation_id, impact, until from"
                        + " dismissed_recommendations where user_id = ?")) {
            select.setObject(1, userId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    Date until = row.getDate(3);
                    dismissed.put(
                            row.getObject(1, UUID.class),
                            new Dismissal(row.getBigDecimal(2), until == null ? null : until.toLocalDate()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("recommendations unavailable", e);
        }
        return dismissed;
    }

    public void dismiss(UUID userId, UUID recommendationId, BigDecimal impact, LocalDate until) {
        try (Connection connection = ledger.getConnection();
                PreparedStatement upsert = connection.prepareStatement("insert into dismissed_recommendations"
                        + " (user_id, recommendation_id, impact, until) values (?, ?, ?, ?) on conflict (user_id,"
                        + " recommendation_id) do update set impact = excluded.impact, until = excluded.until,"
                        + " dismissed_at = now()")) {
            upsert.setObject(1, userId);
            upsert.setObject(2, recommendationId);
            upsert.setBigDecimal(3, impact);
            upsert.setDate(4, until == null ? null : Date.valueOf(until));
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("recommendations unavailable", e);
        }
    }
}
