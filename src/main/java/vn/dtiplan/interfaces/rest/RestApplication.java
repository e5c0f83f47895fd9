package vn.dtiplan.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Mounts the REST resources under {@code /api}; every path there needs HTTP Basic (web.xml). */
@ApplicationPath("/api")
public class RestApplication extends Application {
}
