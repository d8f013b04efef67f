package org.tributary.analysis.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpendingTipsTest {

    @Test
    void knowsSubscriptionsThatDoTheSameJobByTheirNames() {
        assertThat(SpendingTips.kindOf("Netflix.com")).contains("video");
        assertThat(SpendingTips.kindOf("Disney Plus")).contains("video");
        assertThat(SpendingTips.kindOf("DisneyPlus")).contains("video");
        assertThat(SpendingTips.kindOf("Spotify P1A2B3")).contains("music");
        assertThat(SpendingTips.kindOf("APPLE MUSIC")).contains("music");
        assertThat(SpendingTips.kindOf("Google One")).contains("cloud-storage");
        assertThat(SpendingTips.kindOf("Apple Store")).isEmpty();
        assertThat(SpendingTips.kindOf("Rewe Markt")).isEmpty();
    }
}
