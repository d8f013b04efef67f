package org.tributary.platform.boundary;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * JSON requests are small: one announced larger than 1 MiB is refused with 413 before it is read, and one
 * that does not announce its length (chunked) is counted as it is read and refused with the same 413 at the
 * first byte past the limit, so it never costs more memory than that.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
public class JsonBodyLimit implements ContainerRequestFilter, ReaderInterceptor {

    static final int MAX_BYTES = 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        if (json(request.getMediaType()) && request.getLength() > MAX_BYTES) {
            request.abortWith(tooLarge());
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!json(context.getMediaType())) {
            return context.proceed();
        }
        Counted counted = new Counted(context.getInputStream());
        context.setInputStream(counted);
        Object entity;
        try {
            entity = context.proceed();
        } catch (IOException | RuntimeException e) {
            // The JSON reader wraps what the stream threw (as a 400); the limit is the real reason.
            if (counted.exceeded()) {
                throw new WebApplicationException(tooLarge());
            }
            throw e;
        }
        if (counted.exceeded()) {
            throw new WebApplicationException(tooLarge());
        }
        return entity;
    }

    private static boolean json(MediaType type) {
        return type != null && type.getSubtype().toLowerCase().endsWith("json");
    }

    private static Response tooLarge() {
        return Problem.of(
                        Response.Status.REQUEST_ENTITY_TOO_LARGE,
                        "A JSON request may have at most " + MAX_BYTES + " bytes.")
                .toResponse();
    }

    /** Counts the bytes read and stops at the first one past the limit. */
    private static final class Counted extends FilterInputStream {

        private long read;

        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        boolean exceeded() {
            return read > MAX_BYTES;
        }

        private void count(long bytes) throws IOException {
            read += bytes;
            if (exceeded()) {
                throw new IOException("a JSON request past " + MAX_BYTES + " bytes");
            }
        }
    }
}
