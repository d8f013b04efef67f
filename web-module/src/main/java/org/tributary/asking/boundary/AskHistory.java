package org.tributary.asking.boundary;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The questions a person asked on the Ask page during this browser session, newest first, so that they are still
 * there after visiting the payments an answer links to. Kept for one person only: another account signed in on the
 * same browser session starts with none.
 */
@SessionScoped
public class AskHistory implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int KEPT = 10;

    private UUID owner;
    private final List<AskPage.Asked> asked = new ArrayList<>();

    public synchronized List<AskPage.Asked> of(UUID person) {
        return List.copyOf(ownedBy(person));
    }

    public synchronized void add(UUID person, AskPage.Asked question) {
        List<AskPage.Asked> kept = ownedBy(person);
        kept.add(0, question);
        if (kept.size() > KEPT) {
            kept.remove(kept.size() - 1);
        }
    }

    private List<AskPage.Asked> ownedBy(UUID person) {
        if (!person.equals(owner)) {
            owner = person;
            asked.clear();
        }
        return asked;
    }
}
