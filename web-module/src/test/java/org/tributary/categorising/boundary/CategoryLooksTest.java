package org.tributary.categorising.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CategoryLooksTest {

    private final CategoryLooks looks = new CategoryLooks();

    @Test
    void findsABuiltInCategoryByItsNameOrKeyInAnySpelling() {
        assertThat(looks.of("Eating out")).isEqualTo(looks.of("EATING_OUT")).isEqualTo(looks.of("eating-out"));
        assertThat(looks.icon("Groceries")).isEqualTo("pi-shopping-cart");
        assertThat(looks.colour("Groceries")).isNotEqualTo(looks.colour("Eating out"));
    }

    @Test
    void givesAPersonsOwnCategoryTheSameColourEveryTime() {
        assertThat(looks.colour("Pottery class")).isEqualTo(looks.colour("pottery class"));
        assertThat(looks.icon("Pottery class")).isEqualTo("pi-tag");
    }

    @Test
    void showsNoCategoryAsUncategorised() {
        assertThat(looks.of(null)).isEqualTo(looks.of("Uncategorised"));
        assertThat(looks.of(" ")).isEqualTo(looks.of("UNCATEGORISED"));
    }

    @Test
    void everyColourHasAtLeastThreeToOneContrastOnWhite() {
        for (String category : new String[] {
            "Salary",
            "Other income",
            "Groceries",
            "Eating out",
            "Transport",
            "Travel",
            "Subscriptions",
            "Shopping",
            "Utilities",
            "Rent and housing",
            "Health",
            "Personal care",
            "Entertainment",
            "Education",
            "Insurance",
            "Gifts and charity",
            "Taxes and government",
            "Cash",
            "Fees and interest",
            "Transfers",
            "Uncategorised",
            "Mine 1",
            "Mine 2",
            "Mine 3",
            "Mine 4",
            "Mine 5",
            "Mine 6"
        }) {
            assertThat(contrastOnWhite(looks.colour(category))).as(category).isGreaterThanOrEqualTo(3.0);
        }
    }

    private static double contrastOnWhite(String hex) {
        double luminance = 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
        return 1.05 / (luminance + 0.05);
    }

    private static double channel(String hex, int at) {
        double c = Integer.parseInt(hex.substring(at, at + 2), 16) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
