package org.tributary.syncing.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tributary.platform.boundary.PageMessages;
import org.tributary.platform.boundary.PortalWords;
import org.tributary.platform.control.InvalidInputException;
import org.tributary.platform.control.NotFoundException;
import org.tributary.security.boundary.SignedInUser;
import org.tributary.sources.control.Sources;
import org.tributary.syncing.control.BankCatalogue;
import org.tributary.syncing.control.BankConsents;
import org.tributary.syncing.control.BankProvider;
import org.tributary.syncing.control.BankUnavailableException;

/**
 * Connecting a bank that asks for the person's consent at the bank: which bank (a Berlin Group bank this server
 * connects, or one GoCardless lists for a country), then on to the bank; and what the page says when the person comes
 * back. SimpleFIN Bridge, which takes a setup token instead, stays with {@code SourcesPage}.
 */
@Named
@ViewScoped
public class BankConnectPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The choice of how to connect: a provider, and for Berlin Group the bank itself. */
    public record Choice(String value, String label) implements Serializable {}

    /** The countries GoCardless connects banks in (EEA and the United Kingdom). */
    static final List<String> GOCARDLESS_COUNTRIES = List.of(
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IS", "IE", "IT", "LV", "LI",
            "LT", "LU", "MT", "NL", "NO", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "GB");

    static final String SIMPLEFIN = BankProvider.SIMPLEFIN.id();
    static final String GOCARDLESS = BankProvider.GOCARDLESS.id();

    @Inject
    transient BankCatalogue catalogue;

    @Inject
    transient BankConsents consents;

    @Inject
    transient Sources sources;

    @Inject
    transient SignedInUser user;

    @Inject
    @ConfigProperty(name = "tributary.public-url")
    transient Optional<String> publicUrl;

    private String choice = SIMPLEFIN;
    private String country;
    private String institution;
    private final List<Choice> choices = new ArrayList<>();

    @PostConstruct
    void open() {
        for (BankCatalogue.Bank bank : catalogue.banks(BankProvider.BERLINGROUP.id(), null)) {
            choices.add(new Choice(
                    "berlingroup:" + bank.institutionId(), bank.name() + " (" + countryName(bank.country()) + ")"));
        }
        if (catalogue.offers(BankProvider.GOCARDLESS)) {
            choices.add(new Choice(GOCARDLESS, PageMessages.text("sources.connect.gocardless")));
        }
        choices.add(new Choice(SIMPLEFIN, PageMessages.text("sources.connect.simplefin")));
    }

    /**
     * The message for a person back from the bank (the return link's redirect says how it went): a view action, so
     * the message is there before the page's messages are rendered.
     */
    public void cameBack() {
        Map<String, String> query =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        if (query.containsKey("connected")) {
            sourceNamed(query.get("connected"))
                    .ifPresent(name -> PageMessages.info(PageMessages.text("sources.connect.atBankDone", name)));
        } else if (query.containsKey("notConnected")) {
            sourceError(query.get("notConnected"))
                    .ifPresent(why -> PageMessages.error(null, PageMessages.text("sources.connect.atBankNot", why)));
        } else if (query.containsKey("connect")) {
            String what = query.get("connect");
            if (what.matches("elsewhere|used|unavailable")) {
                PageMessages.error(null, PageMessages.text("sources.connect.return." + what));
            }
        }
    }

    private Optional<String> sourceNamed(String id) {
        try {
            return Optional.of(sources.find(user.id(), UUID.fromString(id)).getName());
        } catch (IllegalArgumentException | NotFoundException e) {
            return Optional.empty();
        }
    }

    private Optional<String> sourceError(String id) {
        try {
            return Optional.ofNullable(
                    sources.find(user.id(), UUID.fromString(id)).getLastError());
        } catch (IllegalArgumentException | NotFoundException e) {
            return Optional.empty();
        }
    }

    /** Asks the chosen bank for the person's consent and sends the browser there. */
    public void continueToBank(String name) throws IOException {
        String provider;
        String institutionId;
        if (choice != null && choice.startsWith("berlingroup:")) {
            provider = BankProvider.BERLINGROUP.id();
            institutionId = choice.substring("berlingroup:".length());
        } else if (GOCARDLESS.equals(choice)) {
            provider = GOCARDLESS;
            institutionId = institution;
            if (institutionId == null || institutionId.isBlank()) {
                PageMessages.error("connect-form:institution", PageMessages.text("sources.connect.chooseBank"));
                return;
            }
        } else {
            return;
        }
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) context.getRequest();
        try {
            BankConsents.Started started = consents.connect(
                    user.id(),
                    provider,
                    institutionId,
                    name,
                    ConsentReturnLink.of(request, publicUrl),
                    PortalWords.locale().getLanguage(),
                    ConsentReturnLink.personAddress(request));
            goToBank(context, request, started);
        } catch (InvalidInputException invalid) {
            PageMessages.errors(
                    invalid,
                    "sources.connect.error",
                    Map.of("name", "connect-form:bank-name", "institutionId", "connect-form:institution"));
        } catch (BankUnavailableException unavailable) {
            PageMessages.error(null, PageMessages.text("sources.connect.bankUnavailable"));
        }
    }

    /** Asks the connection's bank for a new consent and sends the browser there. */
    public void reconnect(UUID sourceId) throws IOException {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) context.getRequest();
        try {
            goToBank(
                    context,
                    request,
                    consents.reconnect(
                            user.id(),
                            sourceId,
                            ConsentReturnLink.of(request, publicUrl),
                            PortalWords.locale().getLanguage(),
                            ConsentReturnLink.personAddress(request)));
        } catch (BankUnavailableException unavailable) {
            PageMessages.error(null, PageMessages.text("sources.connect.bankUnavailable"));
        }
    }

    private static void goToBank(ExternalContext context, HttpServletRequest request, BankConsents.Started started)
            throws IOException {
        context.addResponseHeader("Set-Cookie", ConsentReturnLink.cookie(started.state(), request));
        context.redirect(started.connectUrl());
    }

    public boolean isConsentChoice() {
        return choice != null && !SIMPLEFIN.equals(choice);
    }

    public boolean isGoCardlessChoice() {
        return GOCARDLESS.equals(choice);
    }

    public List<Choice> getChoices() {
        return choices;
    }

    /** GoCardless's countries, named in the person's language. */
    public List<Choice> getCountries() {
        return GOCARDLESS_COUNTRIES.stream()
                .map(code -> new Choice(code, countryName(code)))
                .sorted(Comparator.comparing(Choice::label))
                .toList();
    }

    /** The banks GoCardless lists for the chosen country. */
    public List<Choice> getInstitutions() {
        if (country == null || country.isBlank()) {
            return List.of();
        }
        return catalogue.banks(GOCARDLESS, country).stream()
                .map(bank -> new Choice(bank.institutionId(), bank.name()))
                .toList();
    }

    private static String countryName(String code) {
        return code == null ? "" : new Locale("", code).getDisplayCountry(PortalWords.locale());
    }

    public String getChoice() {
        return choice;
    }

    public void setChoice(String choice) {
        this.choice = choice;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getInstitution() {
        return institution;
    }

    public void setInstitution(String institution) {
        this.institution = institution;
    }
}
