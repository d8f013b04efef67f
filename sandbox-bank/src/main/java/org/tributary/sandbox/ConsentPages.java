package org.tributary.sandbox;

import java.time.LocalDate;

/**
 * The bank's own pages where the person answers a provider's request for consent: plain HTML forms that work
 * without JavaScript (one POST form, a button to approve and one to deny), every echoed value escaped.
 */
final class ConsentPages {

    private ConsentPages() {}

    /** GoCardless's link: which bank, what Tributary reads and for how long. */
    static String goCardless(String institution, int accessDays, int historyDays, String redirect) {
        return "<h2>Connect " + Html.escape(institution) + " to Tributary</h2>"
                + "<p>Tributary asks to read your account details, balances and transactions for " + accessDays
                + " days.</p>"
                + "<p>It can see your transactions of the last " + historyDays + " days. This is a sandbox: there is"
                + " no password to type, your answer is all that is asked.</p>"
                + "<p>After you answer you go back to <code>" + Html.escape(redirect) + "</code>.</p>"
                + decision("");
    }

    /** A Berlin Group bank's authentication page: until when, and the choice to allow five days only. */
    static String berlinGroup(LocalDate validUntil, String redirect) {
        return "<h2>Confirm Tributary's access</h2>"
                + "<p>Sandbox Bank: Tributary asks to read your accounts and transactions until "
                + Html.escape(validUntil.toString()) + ".</p>"
                + "<p>This is a sandbox: there is no password or code to type. You may allow less time than asked.</p>"
                + "<p>After you answer you go back to <code>" + Html.escape(redirect) + "</code>.</p>"
                + decision("<p><label for=\"days\">Allow access for</label> <select id=\"days\" name=\"days\">"
                        + "<option value=\"90\" selected>As asked, until " + Html.escape(validUntil.toString())
                        + "</option><option value=\"5\">5 days only</option></select></p>");
    }

    /** A request answered already, ended, or never made. */
    static String notOpen(String explanation) {
        return "<h2>Nothing to answer</h2><p>" + Html.escape(explanation) + "</p>";
    }

    /** A decision the page did not offer. */
    static String badDecision(String explanation) {
        return "<h2>That answer is not one of the choices</h2><p>" + Html.escape(explanation)
                + "</p><p>Go back and choose Approve or Deny.</p>";
    }

    private static String decision(String choices) {
        return "<form method=\"post\"><fieldset><legend>Your answer</legend>" + choices
                + "<p><button type=\"submit\" name=\"decision\" value=\"approve\">Approve</button> "
                + "<button type=\"submit\" name=\"decision\" value=\"deny\">Deny</button></p></fieldset></form>";
    }
}
