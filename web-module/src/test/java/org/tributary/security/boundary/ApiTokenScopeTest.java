package org.tributary.security.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiTokenScopeTest {

    private static final Set<String> READ = Set.of("read");
    private static final Set<String> IMPORT = Set.of("import");

    @Test
    void readAllowsOnlyReading() {
        assertThat(ApiTokenScope.allows(READ, "GET", "/transactions")).isTrue();
        assertThat(ApiTokenScope.allows(READ, "POST", "/imports")).isFalse();
        assertThat(ApiTokenScope.allows(READ, "PATCH", "/me")).isFalse();
    }

    @Test
    void importAllowsImportsCashEntriesAndSyncsAndNothingElse() {
        assertThat(ApiTokenScope.allows(IMPORT, "GET", "/imports/42")).isTrue();
        assertThat(ApiTokenScope.allows(IMPORT, "POST", "/imports")).isTrue();
        assertThat(ApiTokenScope.allows(IMPORT, "POST", "/imports/preview")).isTrue();
        assertThat(ApiTokenScope.allows(IMPORT, "POST", "/transactions/cash")).isTrue();
        assertThat(ApiTokenScope.allows(IMPORT, "POST", "/sources/5a1b/sync")).isTrue();
        assertThat(ApiTokenScope.allows(IMPORT, "POST", "/imports/42/undo")).isFalse();
        assertThat(ApiTokenScope.allows(IMPORT, "POST", "/me/tokens")).isFalse();
        assertThat(ApiTokenScope.allows(IMPORT, "DELETE", "/me/two-factor")).isFalse();
        assertThat(ApiTokenScope.allows(IMPORT, "DELETE", "/sources/5a1b")).isFalse();
        assertThat(ApiTokenScope.allows(IMPORT, "PATCH", "/transactions/1")).isFalse();
    }
}
