package org.tributary.analysis.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.tributary.analysis.control.Recommendation;
import org.tributary.analysis.control.Recommendations;
import org.tributary.platform.boundary.PageMessages;
import org.tributary.platform.boundary.PortalLanguage;
import org.tributary.security.boundary.SignedInUser;

/** The Tips page: advice from the person's figures, the largest yearly effect first; hiding one, or for a month. */
@Named
@ViewScoped
public class TipsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How long "remind me later" puts a tip away. */
    static final int LATER_DAYS = 30;

    @Inject
    transient Recommendations recommendations;

    @Inject
    transient SignedInUser user;

    @Inject
    transient PortalLanguage language;

    private final List<Recommendation> tips = new ArrayList<>();

    @PostConstruct
    void load() {
        tips.clear();
        tips.addAll(recommendations.of(user.id(), language.getLocale()));
    }

    public List<Recommendation> getTips() {
        return tips;
    }

    public void hide(UUID id) {
        recommendations.dismiss(user.id(), id, null);
        PageMessages.info(PageMessages.text("tips.hidden"));
        load();
    }

    public void later(UUID id) {
        recommendations.dismiss(user.id(), id, LocalDate.now(ZoneOffset.UTC).plusDays(LATER_DAYS));
        PageMessages.info(PageMessages.text("tips.laterDone"));
        load();
    }
}
