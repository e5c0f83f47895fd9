package vn.dtiplan.interfaces.rest;

/** A request body above its limit ({@link RequestBodies}): 413 {@code payload.too.large}. */
public class PayloadTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    static final String CODE = "payload.too.large";
    private final long limit;

    PayloadTooLargeException(long limit) {
        super("request body above " + limit + " bytes");
        this.limit = limit;
    }

    long limit() {
        return limit;
    }
}
