package org.tributary.importing.control;

import java.util.List;

/**
 * Why a run failed after its upload was accepted: a code the portal words in the reader's language
 * ({@code import.failure.<code>}, or {@code import.fileError.<code>} for a file that turned out unreadable),
 * its values, and the English words the API and the log show.
 */
public record ImportFailure(String code, List<String> arguments, String english) {

    public ImportFailure {
        arguments = List.copyOf(arguments);
    }

    public static ImportFailure of(TooManyRowsException e) {
        return new ImportFailure(
                TooManyRowsException.CODE,
                List.of(Long.toString(e.rows()), Long.toString(e.maxRows())),
                e.getMessage());
    }

    /** @param exitStatus what the job said when it failed, or null */
    public static ImportFailure jobFailed(String exitStatus) {
        return new ImportFailure("job-failed", List.of(), exitStatus == null ? "the import job failed" : exitStatus);
    }

    public static ImportFailure requestFailed(int attempts, RuntimeException e) {
        return new ImportFailure(
                "request-failed",
                List.of(Integer.toString(attempts)),
                "The import request could not be processed after " + attempts + " attempts: " + e.getMessage());
    }

    /** An interrupted run taken up {@code attempts} times already, each time interrupted again: given up. */
    public static ImportFailure givenUp(int attempts) {
        return new ImportFailure(
                "not-resumed",
                List.of(),
                "The import was interrupted " + attempts + " times (the server restarted during it each time)"
                        + " and is not resumed again");
    }

    /** A bank sync that brought nothing: the bank failed or refused, or what it sent could not be read. */
    public static ImportFailure syncFailed(String reason) {
        return new ImportFailure("sync-failed", List.of(reason), "The bank sync failed: " + reason);
    }

    public static ImportFailure notResumed(RuntimeException e) {
        return new ImportFailure(
                "not-resumed", List.of(), "The import was interrupted and could not be resumed: " + e.getMessage());
    }
}
