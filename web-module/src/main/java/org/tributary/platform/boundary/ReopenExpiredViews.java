package org.tributary.platform.boundary;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;

/**
 * A click on a page whose state this server does not hold — the server that drew it stopped and another answers,
 * or the session ended — opens the same page again, fresh, instead of the overview (a full request) or nothing at
 * all (an AJAX request, whose error Faces answers with a partial response nobody sees). The person repeats one
 * click (issue 18: "lose at most one retried request").
 */
public class ReopenExpiredViews extends ExceptionHandlerFactory {

    public ReopenExpiredViews(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Reopening(getWrapped().getExceptionHandler());
    }

    private static final class Reopening extends ExceptionHandlerWrapper {

        Reopening(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            Iterator<ExceptionQueuedEvent> events =
                    getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable failure = events.next().getContext().getException();
                while (failure instanceof FacesException
                        && !(failure instanceof ViewExpiredException)
                        && failure.getCause() != null) {
                    failure = failure.getCause();
                }
                if (failure instanceof ViewExpiredException expired && expired.getViewId() != null) {
                    FacesContext faces = FacesContext.getCurrentInstance();
                    ExternalContext external = faces.getExternalContext();
                    try {
                        // A redirect Faces writes as a partial response for an AJAX request.
                        external.redirect(external.getRequestContextPath() + expired.getViewId());
                    } catch (IOException e) {
                        throw new FacesException(e);
                    }
                    faces.responseComplete();
                    events.remove();
                }
            }
            getWrapped().handle();
        }
    }
}
