package org.tributary.importing.control;

import java.io.Serializable;
import java.util.UUID;

/**
 * The answer proposed to "which account is this?" for a file: the account the file names (only its last
 * four characters), and the user's source that already holds it, or the name of a new one.
 *
 * @param sourceId the source that holds the account, or null: a new source named {@code sourceName}
 */
public record AccountProposal(String lastFour, String currency, String bank, UUID sourceId, String sourceName)
        implements Serializable {}
