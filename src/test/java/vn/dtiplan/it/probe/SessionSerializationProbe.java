package vn.dtiplan.it.probe;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.util.ConcurrentModificationException;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.LongAdder;

/**
 * Test-only filter added to the IT deployment: after each screen request it writes every
 * attribute of the HTTP session to bytes and reads it back, as a cluster's session store
 * does, and records the attributes that fail with the page that left them. A single instance
 * never serialises sessions, so this is how a build sees what a cluster would drop.
 * {@link SerializationReport} answers what was found.
 */
@WebFilter(urlPatterns = "/app/*")
public class SessionSerializationProbe extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final Set<String> FAILURES = Collections.synchronizedSet(new TreeSet<>());
    static final LongAdder CHECKED = new LongAdder();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, response);
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        try {
            for (String name : Collections.list(session.getAttributeNames())) {
                roundTrip(request.getServletPath(), name, session.getAttribute(name));
            }
        } catch (IllegalStateException invalidated) {
            // signed out during the request: nothing left to replicate
        }
    }

    private static void roundTrip(String page, String name, Object value) {
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try (ObjectOutputStream out = new ContainerObjectOutputStream(bytes)) {
                    out.writeObject(value);
                }
                try (ObjectInputStream in = new ContextObjectInputStream(bytes.toByteArray())) {
                    in.readObject();
                }
                CHECKED.increment();
                return;
            } catch (ConcurrentModificationException busy) {
                // another request of the same session changed it meanwhile: try again
            } catch (NotSerializableException | InvalidClassException e) {
                FAILURES.add(page + " " + name + ": " + e);
                return;
            } catch (IOException | ClassNotFoundException | RuntimeException e) {
                FAILURES.add(page + " " + name + ": " + e);
                return;
            }
        }
    }

    /**
     * Writes an enterprise bean's client proxy as a placeholder, as the container's session store
     * replaces it with a handle that finds the bean again; everything else is written as it is.
     */
    private static final class ContainerObjectOutputStream extends ObjectOutputStream {

        ContainerObjectOutputStream(ByteArrayOutputStream bytes) throws IOException {
            super(bytes);
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object obj) {
            return obj != null && obj.getClass().getName().contains("__EJB31_Generated__")
                    ? "enterprise bean " + obj.getClass().getName() : obj;
        }
    }

    /** Resolves classes through the application's loader, as a session store does. */
    private static final class ContextObjectInputStream extends ObjectInputStream {

        ContextObjectInputStream(byte[] bytes) throws IOException {
            super(new ByteArrayInputStream(bytes));
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
            try {
                return Class.forName(desc.getName(), false, Thread.currentThread().getContextClassLoader());
            } catch (ClassNotFoundException e) {
                return super.resolveClass(desc);
            }
        }
    }
}
