package vn.dtiplan.infrastructure.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.dtiplan.infrastructure.database.DatabaseReady;

/** Loads the demo data once the schema is ready, when the configuration asks for it. */
@ApplicationScoped
public class DemoDataLoader {

    @Inject
    private DemoData demoData;

    void onReady(@Observes DatabaseReady ready) {
        if (ready.demo()) {
            demoData.loadIfEmpty();
        }
    }
}
