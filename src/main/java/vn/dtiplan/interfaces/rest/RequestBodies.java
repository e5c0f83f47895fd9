package vn.dtiplan.interfaces.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The size rule of API request bodies. A JSON body is at most {@code dtiplan.api.max-json-bytes}
 * (1 MiB: the largest real body, a framework of some hundred criteria, is a few dozen KiB), any
 * other body (evidence files, workbooks) at most {@code dtiplan.api.max-body-bytes} (50 MiB;
 * the resources apply their own, smaller limits while reading). A declared length above the
 * limit is refused before a byte is read; a body without a declared length (chunked) is counted
 * while it streams and refused once it passes the limit — a JSON one before the parser sees it.
 */
final class RequestBodies {

    static final long MIB = 1024L * 1024;

    private RequestBodies() {
    }

    /** Whether the request carries a body: a declared length above zero, or chunked. */
    static boolean present(ContainerRequestContext request) {
        return request.getLength() > 0 || request.getHeaderString("Transfer-Encoding") != null;
    }

    static boolean json(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        return type != null && ("json".equalsIgnoreCase(type.getSubtype()) || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json"));
    }

    /** The limit in whole MiB for the refusal's message (at least 1). */
    static long megabytes(long limit) {
        return Math.max(1, limit / MIB);
    }

    /** {@code in}, throwing {@link PayloadTooLargeException} once more than {@code limit} bytes have been read. */
    static InputStream limited(InputStream in, long limit) {
        return new FilterInputStream(in) {
            private long count;

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

            private void count(long n) {
                count += n;
                if (count > limit) {
                    throw new PayloadTooLargeException(limit);
                }
            }
        };
    }
}
