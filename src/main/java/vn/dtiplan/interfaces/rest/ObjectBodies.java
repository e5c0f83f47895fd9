package vn.dtiplan.interfaces.rest;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.io.PushbackInputStream;

/**
 * A request record is read from a JSON object (or {@code null}, which Bean Validation then
 * refuses), nothing else: Yasson would read {@code [{…}]} as its first element and so accept an
 * array body. Looks at the first byte that is not white space and puts it back.
 */
@Provider
public class ObjectBodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getType().isRecord() && MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
            PushbackInputStream body = new PushbackInputStream(context.getInputStream(), 1);
            int first = body.read();
            while (first == ' ' || first == '\t' || first == '\n' || first == '\r') {
                first = body.read();
            }
            if (first != -1) {
                body.unread(first);
            }
            if (first != -1 && first != '{' && first != 'n') {
                throw new JsonbException("a JSON object is required");
            }
            context.setInputStream(body);
        }
        return context.proceed();
    }
}
