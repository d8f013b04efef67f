package org.tributary.importing.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tributary.importing.control.ImportUndo;
import org.tributary.importing.control.Imports;
import org.tributary.importing.entity.ImportRun;
import org.tributary.importing.entity.ImportStatus;
import org.tributary.platform.boundary.PageMessages;
import org.tributary.platform.control.ConflictException;
import org.tributary.security.boundary.SignedInUser;

/** The files imported into each source (on the sources page), and undoing one of them after a question. */
@Named
@ViewScoped
public class ImportedFilesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * One imported file as the page lists it.
     *
     * @param state COMPLETED, FAILED, QUEUED, RUNNING, UNDOING or UNDONE
     */
    public record FileRow(
            UUID id,
            String fileName,
            String importedOn,
            String firstDay,
            String lastDay,
            int imported,
            int duplicates,
            int rejected,
            int notHappened,
            String state)
            implements Serializable {

        static FileRow of(ImportRun run) {
            String state = run.getUndoneAt() != null
                    ? "UNDONE"
                    : run.getUndoStartedAt() != null
                            ? "UNDOING"
                            : run.getStatus().name();
            return new FileRow(
                    run.getId(),
                    run.getFileName(),
                    run.getCreatedAt().atZone(ZoneOffset.UTC).toLocalDate().toString(),
                    run.getFirstBooked() == null ? "" : run.getFirstBooked().toString(),
                    run.getLastBooked() == null ? "" : run.getLastBooked().toString(),
                    run.getImported(),
                    run.getDuplicates(),
                    run.getRejected(),
                    run.getNotHappened(),
                    state);
        }

        public boolean isUndoable() {
            return state.equals(ImportStatus.COMPLETED.name()) || state.equals(ImportStatus.FAILED.name());
        }
    }

    @Inject
    transient Imports imports;

    @Inject
    transient ImportUndo undo;

    @Inject
    transient SignedInUser user;

    private final Map<UUID, List<FileRow>> files = new HashMap<>();
    private FileRow selected;

    public List<FileRow> of(UUID sourceId) {
        return files.computeIfAbsent(
                sourceId,
                id -> imports.ofSource(user.id(), id).stream().map(FileRow::of).toList());
    }

    public void select(FileRow row) {
        selected = row;
    }

    /** Runs as the confirm button's action listener, before the sources page counts its rows again. */
    public void undoSelected() {
        if (selected == null) {
            return;
        }
        try {
            undo.undo(user.id(), selected.id());
            PageMessages.info(PageMessages.text("sources.undone", selected.fileName()));
        } catch (ConflictException running) {
            PageMessages.error(null, PageMessages.text("sources.undoRunning"));
        }
        selected = null;
        files.clear();
    }

    public FileRow getSelected() {
        return selected;
    }
}
