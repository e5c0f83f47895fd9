package vn.dtiplan.infrastructure.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.dtiplan.infrastructure.database.DatabaseReady;

/**
 * On a production start with an empty database: imports the official unit list named by
 * {@code dtiplan.bootstrap.units} (a CSV file as in shared/data) valid from
 * {@code dtiplan.bootstrap.units-valid-from} (default 2025-07-01), and opens the system
 * administrator {@code admin} with {@code dtiplan.bootstrap.admin-password} when no account
 * exists. Both are skipped when not configured or already done, so the settings may stay.
 */
@ApplicationScoped
public class InitialData {

    private static final Logger LOG = Logger.getLogger(InitialData.class.getName());

    @Inject
    private UnitTreeImport unitImport;

    @Inject
    private InitialAdministrator administrator;

    void onReady(@Observes DatabaseReady ready) {
        if (ready.demo()) {
            return;
        }
        Config config = ConfigProvider.getConfig(InitialData.class.getClassLoader());
        config.getOptionalValue("dtiplan.bootstrap.units", String.class).ifPresent(file -> importUnits(file,
                config.getOptionalValue("dtiplan.bootstrap.units-valid-from", String.class)
                        .map(LocalDate::parse).orElse(LocalDate.of(2025, 7, 1))));
        config.getOptionalValue("dtiplan.bootstrap.admin-password", String.class)
                .ifPresent(password -> administrator.openIfNone(password.toCharArray()));
    }

    private void importUnits(String file, LocalDate validFrom) {
        if (!unitImport.isEmpty()) {
            return;
        }
        try (var reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            int count = unitImport.importRows(UnitCsv.read(reader), validFrom).size();
            LOG.info(() -> "Imported " + count + " administrative units from " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
