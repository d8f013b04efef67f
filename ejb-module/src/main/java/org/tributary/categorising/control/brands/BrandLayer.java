package org.tributary.categorising.control.brands;

import java.util.Optional;
import org.tributary.categorising.control.CategorisedBy;
import org.tributary.categorising.control.CategoryLayer;
import org.tributary.categorising.control.CategoryReason;
import org.tributary.categorising.control.Descriptor;
import org.tributary.categorising.control.Suggestion;

/**
 * The category of the brand a descriptor names: "TST* PANERA BREAD 441" is Panera Bread, fast food, so eating
 * out. The cleaned merchant name is tried first, the bank's description after it; nothing when the description says
 * the money is pay, a benefit or a transfer.
 */
public final class BrandLayer implements CategoryLayer {

    /** A known name where the merchant's name stands is nearly certain; the same name further on less so. */
    static final double AT_START = 0.9;

    static final double FURTHER_ON = 0.8;
    /** A common word at the start ("NEXT 1234 LEEDS") is most likely the shop, but a person may be called that. */
    static final double WEAK_AT_START = 0.75;
    /** Taken off when the brands of that name are in different categories and the winner had under 80% of them. */
    static final double SHARED_NAME = 0.1;

    private final BrandIndex index;

    public BrandLayer() {
        this(BrandIndex.shared());
    }

    BrandLayer(BrandIndex index) {
        this.index = index;
    }

    @Override
    public Optional<Suggestion> suggest(Descriptor descriptor) {
        if (index.notAPurchase(descriptor.description())) {
            return Optional.empty(); // "GEHALT 11/2026 ACME GMBH": the merchant is an employer, whatever its name
        }
        return index.find(descriptor.merchant())
                .or(() -> index.find(descriptor.description()))
                .map(BrandLayer::suggestion);
    }

    private static Suggestion suggestion(BrandMatch match) {
        Brand brand = match.brand();
        double confidence = !match.atStart() ? FURTHER_ON : brand.weak() ? WEAK_AT_START : AT_START;
        if (brand.share() < 0.8) {
            confidence -= SHARED_NAME;
        }
        return new Suggestion(
                brand.category().storedName(),
                CategorisedBy.BRAND,
                confidence,
                CategoryReason.code(CategoryReason.BRAND, brand.displayName()));
    }
}
