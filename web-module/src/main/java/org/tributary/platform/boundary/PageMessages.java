package org.tributary.platform.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.ResourceBundle;
import org.tributary.platform.control.InvalidInputException;

/**
 * Puts messages in words next to the field they are about, in the page's language. The services explain a
 * field error in English; in another language the portal's own text for that field ({@code <prefix>.<field>}
 * in the bundle) stands in for it.
 */
public final class PageMessages {

    private PageMessages() {}

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        return MessageText.format(bundle, key, faces.getViewRoot().getLocale(), arguments);
    }

    public static boolean has(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg").containsKey(key);
    }

    /** @param clientId the field's client id, or null for a message about the whole form */
    public static void error(String clientId, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    /** @param fields the service's field names and the client ids of the inputs that show them */
    public static void errors(InvalidInputException invalid, String prefix, Map<String, String> fields) {
        for (InvalidInputException.FieldError error : invalid.errors()) {
            String key = prefix + "." + error.field();
            boolean english = "en"
                    .equals(FacesContext.getCurrentInstance()
                            .getViewRoot()
                            .getLocale()
                            .getLanguage());
            String words = english || !has(key) ? error.message() : text(key);
            error(fields.get(error.field()), words);
        }
    }
}
