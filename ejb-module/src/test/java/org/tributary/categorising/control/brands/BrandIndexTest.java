package org.tributary.categorising.control.brands;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tributary.categorising.control.Taxonomy;

class BrandIndexTest {

    private final BrandIndex index = BrandIndex.shared();

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            FIX PRICE 3321 KAZAN RUS            | Fix Price       | SHOPPING
            TST* PANERA BREAD 441               | Panera Bread    | EATING_OUT
            KAUFLAND 2231 BERLIN                | Kaufland        | GROCERIES
            ПЯТЁРОЧКА 1234 МОСКВА               | Пятёрочка       | GROCERIES
            PYATEROCHKA 1234 MOSCOW             | Пятёрочка       | GROCERIES
            ACQUISTO MIGROS M ARBEDO-CAST       | Migros          | GROCERIES
            ALBERT HEIJN 1234 AMSTERDAM         | Albert Heijn    | GROCERIES
            BIEDRONKA 123 WARSZAWA              | Biedronka       | GROCERIES
            SHELL 1234                          | Shell           | TRANSPORT
            DM DROGERIE MARKT                   | dm              | PERSONAL_CARE
            STARBUCKS STORE 12345               | Starbucks       | EATING_OUT
            """)
    void findsTheBrandBehindADescriptor(String descriptor, String brand, Taxonomy category) {
        Optional<BrandMatch> match = index.find(descriptor);

        assertThat(match).hasValueSatisfying(found -> {
            assertThat(found.brand().displayName()).startsWith(brand);
            assertThat(found.brand().category()).isEqualTo(category);
        });
    }

    @Test
    void russianCyrillicAndItsLatinSpellingMeet() {
        assertThat(BrandText.normalise("ПЯТЁРОЧКА")).isEqualTo(BrandText.normalise("Pyaterochka"));
        assertThat(BrandText.normalise("Пятёрочка")).isEqualTo("PYATEROCHKA");
    }

    @Test
    void normalisesAccentsApostrophesAndPunctuation() {
        assertThat(BrandText.normalise("McDonald's")).isEqualTo("MCDONALDS");
        assertThat(BrandText.normalise("  dm-drogerie   markt ")).isEqualTo("DM DROGERIE MARKT");
        assertThat(BrandText.normalise("Café Führer")).isEqualTo("CAFE FUHRER");
    }
}
