package org.tributary.platform;

/**
 * What test classes share besides the server, named for {@code @ResourceLock}: the classes that use one of them run
 * one at a time when the suite runs classes side by side ({@code -Dit.parallel}, decision 59).
 */
public final class SharedResources {

    /** The WireMock on {@code it.llm.port}: the LLM and SimpleFIN Bridge; a class resets its mappings when done. */
    public static final String STUB_SERVER = "stub-server";

    /** The port of the sandbox bank, which each class that needs one binds for itself. */
    public static final String SANDBOX_BANK_PORT = "sandbox-bank-port";

    private SharedResources() {}
}
