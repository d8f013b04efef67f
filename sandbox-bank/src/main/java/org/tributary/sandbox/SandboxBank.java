package org.tributary.sandbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A bank to connect while developing and demonstrating (issue 17), speaking three protocols on one port, all over
 * the same year of two accounts in two currencies ({@link SandboxLedger}):
 *
 * <ul>
 *   <li><b>SimpleFIN</b> under {@code /simplefin/}: a page that makes setup tokens, the claim, the Account Set
 *       ({@link SimpleFinApi}).
 *   <li><b>GoCardless Bank Account Data</b> under {@code /gocardless/api/v2/}: tokens bought with
 *       {@link #GOCARDLESS_SECRET_ID} and {@link #GOCARDLESS_SECRET_KEY}, institutions, end-user agreements,
 *       requisitions whose link is the bank's consent page {@code /gocardless/consent/{id}}, accounts with details
 *       and booked and pending transactions, an agreement's end, the daily limit ({@link GoCardlessApi}).
 *   <li><b>Berlin Group NextGenPSD2</b> under {@code /berlingroup/v1/}: consents with a redirect to the bank's
 *       authentication page {@code /berlingroup/sca/{id}}, their status, accounts, transactions page after page by
 *       {@code _links.next} ({@link BerlinGroupApi}).
 * </ul>
 *
 * <p>Consent pages are plain HTML forms (no JavaScript): approve or deny, and for Berlin Group "5 days only". Failure
 * switches, for trying what a bank's bad day looks like: {@code POST /simplefin/switch?mode=ok|500|slow|429|
 * malformed|refuse}, {@code POST /gocardless/switch?mode=ok|500|slow|429|malformed|expired-token|expire-consent|
 * strict} and {@code POST /berlingroup/switch?mode=ok|500|slow|429|malformed|expire-consent|strict&pageSize=N}. A
 * volume ledger for a benchmark: GoCardless's institution {@link #GOCARDLESS_VOLUME_INSTITUTION_ID}, or a Berlin
 * Group consent asked with the header {@link #VOLUME_HEADER}. Everything lives in memory: after a restart of the
 * sandbox the connections made before are refused, as a revoked access is. The contract both sides code against is
 * {@code /work/notes/sandbox-spec.md}.
 */
public final class SandboxBank {

    /** The GoCardless secret that buys tokens ({@code POST /gocardless/api/v2/token/new/}). */
    public static final String GOCARDLESS_SECRET_ID = "sandbox-secret-id";

    public static final String GOCARDLESS_SECRET_KEY = "sandbox-secret-key";

    /** GoCardless's sandbox bank: consents of up to 90 days. */
    public static final String GOCARDLESS_INSTITUTION_ID = "SANDBOXBANK_SBOXGB2L";

    /** The same bank whose consents last five days at most. */
    public static final String GOCARDLESS_SHORT_INSTITUTION_ID = "SANDBOXBANK_SHORT_SBOXGB3S";

    /** The same bank whose checking account has 50,000 booked transactions a year (for a benchmark). */
    public static final String GOCARDLESS_VOLUME_INSTITUTION_ID = "SANDBOXBANK_VOLUME_SBOXGB9V";

    /** The header of a Berlin Group consent request asking for a checking account of that many transactions. */
    public static final String VOLUME_HEADER = "X-Sandbox-Volume";

    static final String OWNER_NAME = "Alex Sandbox";

    private static final int THREADS = 8;

    private final HttpServer server;
    private final ExecutorService executor;
    private final String origin;
    private final SimpleFinApi simpleFin;
    private final GoCardlessApi goCardless;
    private final BerlinGroupApi berlinGroup;

    public SandboxBank(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        origin = "http://127.0.0.1:" + server.getAddress().getPort();
        LedgerCache ledgers = new LedgerCache();
        simpleFin = new SimpleFinApi(origin + SimpleFinApi.PREFIX);
        goCardless = new GoCardlessApi(gocardlessBase(), ledgers);
        berlinGroup = new BerlinGroupApi(berlinGroupBase(), ledgers);
        server.createContext(SimpleFinApi.PREFIX, simpleFin::handle);
        server.createContext(GoCardlessApi.PREFIX + "/", goCardless::handle);
        server.createContext(BerlinGroupApi.PREFIX + "/", berlinGroup::handle);
        executor = Executors.newFixedThreadPool(THREADS);
        server.setExecutor(executor);
    }

    public static void main(String[] args) throws IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8089;
        SandboxBank bank = new SandboxBank(port);
        bank.start();
        System.out.println("Sandbox bank (SimpleFIN): " + bank.tokenPage());
        System.out.println("Sandbox bank (GoCardless): " + bank.gocardlessBase() + "/api/v2/ (secret "
                + GOCARDLESS_SECRET_ID + " / " + GOCARDLESS_SECRET_KEY + ")");
        System.out.println("Sandbox bank (Berlin Group): " + bank.berlinGroupBase() + "/v1/");
    }

    public void start() {
        server.start();
    }

    public void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** The address of the page that makes SimpleFIN setup tokens. */
    public String tokenPage() {
        return simpleFin.tokenPage();
    }

    /** A SimpleFIN setup token, as the page makes one. */
    public String newSetupToken() {
        return simpleFin.newSetupToken();
    }

    /** Where GoCardless answers: {@code http://127.0.0.1:<port>/gocardless}, its API under {@code /api/v2/}. */
    public String gocardlessBase() {
        return origin + GoCardlessApi.PREFIX;
    }

    /** Where the Berlin Group bank answers: {@code http://127.0.0.1:<port>/berlingroup}, its API under {@code /v1/}. */
    public String berlinGroupBase() {
        return origin + BerlinGroupApi.PREFIX;
    }

    static String accountSet(String key, LocalDate today, LocalDate since) {
        return SimpleFinApi.accountSet(key, today, since);
    }
}
