package org.tributary.categorising.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class CategoryNamesTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void aBuiltInIsStoredByItsKeyWhateverLanguageItIsTypedIn() {
        assertThat(CategoryNames.key("Groceries")).isEqualTo("groceries");
        assertThat(CategoryNames.key(" продукты ")).isEqualTo("groceries");
        assertThat(CategoryNames.key("EATING OUT")).isEqualTo("eating-out");
        assertThat(CategoryNames.key("eating-out")).isEqualTo("eating-out");
        assertThat(CategoryNames.key("Кафе и рестораны")).isEqualTo("eating-out");
    }

    @Test
    void aMadeUpCategoryStaysAsTyped() {
        assertThat(CategoryNames.key("  Dog food ")).isEqualTo("Dog food");
        assertThat(CategoryNames.name("Dog food", RU)).isEqualTo("Dog food");
    }

    @Test
    void aKeyIsShownInTheReadersLanguage() {
        assertThat(CategoryNames.name("eating-out", Locale.ENGLISH)).isEqualTo("Eating out");
        assertThat(CategoryNames.name("eating-out", RU)).isEqualTo("Кафе и рестораны");
        assertThat(CategoryNames.name("uncategorised", RU)).isEqualTo("Без категории");
        assertThat(CategoryNames.name("cash", RU)).isEqualTo("Наличные");
    }

    @Test
    void everyKeyIsStableAndDistinct() {
        assertThat(Taxonomy.values())
                .extracting(Taxonomy::storedName)
                .doesNotHaveDuplicates()
                .allMatch(key -> key.matches("[a-z]+(-[a-z]+)*"));
        assertThat(Taxonomy.TAXES.storedName()).isEqualTo("taxes-and-government");
        assertThat(BuiltInCategories.UNCATEGORISED).isEqualTo(Taxonomy.UNCATEGORISED.storedName());
    }
}
