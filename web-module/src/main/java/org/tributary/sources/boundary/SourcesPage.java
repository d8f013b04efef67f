package org.tributary.sources.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.tributary.platform.boundary.PageMessages;
import org.tributary.platform.boundary.PortalWords;
import org.tributary.platform.control.InvalidInputException;
import org.tributary.security.boundary.SignedInUser;
import org.tributary.sources.control.SourceNames;
import org.tributary.sources.control.SourceRemoval;
import org.tributary.sources.control.Sources;
import org.tributary.sources.entity.Source;
import org.tributary.transactions.control.Ledger;
import org.tributary.transactions.control.TransactionQuery;

/** Where the transactions come from: the list with how many each holds, renaming, and deleting after a question. */
@Named
@ViewScoped
public class SourcesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A source as the page lists it. */
    /** A source as the page lists it; {@code accountEnding}: the last four of its bank account, or null. */
    public record Row(UUID id, String name, String kind, String accountEnding, long transactions)
            implements Serializable {}

    @Inject
    SourceRemoval removal;

    @Inject
    transient Sources sources;

    @Inject
    transient Ledger ledger;

    @Inject
    transient SignedInUser user;

    private final List<Row> rows = new ArrayList<>();
    private Row selected;
    private String newName;

    @PostConstruct
    void load() {
        rows.clear();
        UUID userId = user.id();
        for (Source source : sources.list(userId)) {
            long count = ledger.list(
                            userId,
                            new TransactionQuery(
                                    null, null, List.of(), List.of(), List.of(source.getId()), null, null, null, 0, 1))
                    .total();
            rows.add(new Row(
                    source.getId(), source.getName(), source.getKind().name(), source.getAccountLastFour(), count));
        }
    }

    /** Counts the transactions again (after a file was undone). */
    public void reload() {
        load();
    }

    public void select(Row row) {
        selected = row;
        newName = SourceNames.name(row.kind(), row.name(), PortalWords.locale());
    }

    public void rename() {
        try {
            sources.rename(user.id(), selected.id(), newName);
            PageMessages.info(PageMessages.text("sources.renamed", newName));
            load();
        } catch (InvalidInputException invalid) {
            PageMessages.error("rename-form:new-name", PageMessages.text("sources.nameRequired"));
        }
    }

    public void delete() {
        removal.remove(user.id(), selected.id());
        PageMessages.info(PageMessages.text(
                "sources.deleted", SourceNames.name(selected.kind(), selected.name(), PortalWords.locale())));
        selected = null;
        load();
    }

    public List<Row> getRows() {
        return rows;
    }

    public Row getSelected() {
        return selected;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }
}
