package org.tributary.importing.control;

/**
 * A message that no number of redeliveries can make valid. It is still rethrown so that the broker
 * counts the attempts and moves the message to the dead-letter queue, where an operator can see it.
 */
public class MalformedMessageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MalformedMessageException(String message) {
        super(message);
    }
}
