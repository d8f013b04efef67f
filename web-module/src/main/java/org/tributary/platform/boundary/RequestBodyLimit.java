package org.tributary.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Request bodies by class of endpoint (decision 40): a file upload (multipart) may be as large as an
 * imported file (TRIBUTARY_IMPORT_MAX_BYTES) and its envelope, anything else 1 MiB. A body announced larger
 * is refused with 413 before anything of it reaches the application (up to {@link #DRAINED} of it is dropped; a client
 * that sent {@code Expect: 100-continue} gets the 413 instead of the go-ahead and sends nothing).
 * A page form must announce its length (browsers always do), else
 * 411. An API body of unannounced length (chunked) cannot pass the limit either: an upload is counted as it
 * is read, and anything else (JSON) is read here up to its 1 MiB before the resource sees it, so the 413
 * comes from here and not as whatever error the JSON reader would wrap a failing stream in.
 */
@WebFilter(urlPatterns = "/*")
public class RequestBodyLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final long SMALL = 1024 * 1024;
    static final long ENVELOPE = 1024 * 1024;

    /**
     * What is read and dropped of a refused body, so that a client still sending a body somewhat too large reads
     * its 413 instead of a reset connection: closing a socket with unread bytes resets it, and the client may lose
     * the answer already sent. A body larger still is cut off there.
     */
    static final long DRAINED = 4 * 1024 * 1024;

    @Inject
    @ConfigProperty(name = "tributary.import.max-bytes", defaultValue = "104857600")
    long importMaxBytes;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean chunked = request.getHeader("Transfer-Encoding") != null;
        long length = request.getContentLengthLong();
        // HTTP/2 has no chunked encoding: a body there may simply come without a length.
        boolean unannounced = length < 0
                && (chunked || (request.getProtocol().startsWith("HTTP/2") && !"GET".equals(request.getMethod())));
        if (length == 0 || (length < 0 && !unannounced)) {
            chain.doFilter(request, response);
            return;
        }
        String type = request.getContentType();
        boolean upload = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
        long limit = upload ? importMaxBytes + ENVELOPE : SMALL;
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        if (length > limit) {
            // A client that waits for "100 Continue" has sent nothing yet: reading would ask it for the whole body.
            if (!expectsContinue(request)) {
                drain(request);
            }
            refuse(
                    response,
                    api,
                    HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "A request here may have at most " + limit + " bytes.");
            return;
        }
        if (length < 0 && !api) {
            refuse(response, false, HttpServletResponse.SC_LENGTH_REQUIRED, "A form must say its length.");
            return;
        }
        if (length < 0 && !upload) {
            byte[] body = request.getInputStream().readNBytes((int) limit + 1);
            if (body.length > limit) {
                drain(request);
                refuse(
                        response,
                        true,
                        HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                        "A request here may have at most " + limit + " bytes.");
                return;
            }
            chain.doFilter(new Buffered(request, body), response);
            return;
        }
        chain.doFilter(length < 0 ? new Counted(request, limit) : request, response);
    }

    static boolean expectsContinue(HttpServletRequest request) {
        String expect = request.getHeader("Expect");
        return expect != null && expect.trim().equalsIgnoreCase("100-continue");
    }

    private static void drain(HttpServletRequest request) {
        byte[] dropped = new byte[64 * 1024];
        try {
            InputStream in = request.getInputStream();
            long read = 0;
            for (int n; read < DRAINED && (n = in.read(dropped)) > 0; ) {
                read += n;
            }
        } catch (IOException e) {
            // The client went: nothing to answer.
        }
    }

    private static void refuse(HttpServletResponse response, boolean api, int status, String detail)
            throws IOException {
        response.setStatus(status);
        // The unread rest of the body is not worth reading: let the connection go.
        response.setHeader("Connection", "close");
        if (api) {
            // Bytes, not a writer: a writer would add a charset to the media type, which problem+json has not.
            response.setContentType(Problem.MEDIA_TYPE);
            response.getOutputStream()
                    .write(("{\"type\":\"about:blank\",\"title\":\""
                                    + (status == 413 ? "Request Entity Too Large" : "Length Required")
                                    + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}")
                            .getBytes(StandardCharsets.UTF_8));
        } else {
            response.setContentType("text/plain");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(detail);
        }
    }

    /** A request whose body, of at most the small limit, has been read already and is read again from memory. */
    private static final class Buffered extends HttpServletRequestWrapper {

        private final byte[] body;
        private ServletInputStream stream;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            if (stream == null) {
                ByteArrayInputStream in = new ByteArrayInputStream(body);
                stream = new ServletInputStream() {
                    @Override
                    public int read() {
                        return in.read();
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) {
                        return in.read(buffer, offset, length);
                    }

                    @Override
                    public boolean isFinished() {
                        return in.available() == 0;
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        try {
                            listener.onDataAvailable();
                            listener.onAllDataRead();
                        } catch (IOException e) {
                            listener.onError(e);
                        }
                    }
                };
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws UnsupportedEncodingException {
            String charset = getCharacterEncoding();
            return new BufferedReader(
                    new InputStreamReader(getInputStream(), charset == null ? StandardCharsets.UTF_8.name() : charset));
        }
    }

    /** A request whose body stops with an IOException at the first byte past the limit. */
    private static final class Counted extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream counted;

        Counted(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counted == null) {
                ServletInputStream in = super.getInputStream();
                counted = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int bytes) throws IOException {
                        read += bytes;
                        if (read > limit) {
                            throw new IOException("the request body is larger than " + limit + " bytes");
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return counted;
        }
    }
}
