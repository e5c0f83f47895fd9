package vn.dtiplan.infrastructure.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
        LocalDate validFrom = config.getOptionalValue("dtiplan.bootstrap.units-valid-from", String.class)
                .map(LocalDate::parse).orElse(LocalDate.of(2025, 7, 1));
        try {
            config.getOptionalValue("dtiplan.bootstrap.units", String.class).ifPresent(file -> importUnits(file, validFrom));
            config.getOptionalValue("dtiplan.bootstrap.units-history", String.class).ifPresent(file -> importHistory(
                    file, config.getValue("dtiplan.bootstrap.ward-mappings", String.class),
                    config.getOptionalValue("dtiplan.bootstrap.units-history-valid-from", String.class)
                            .map(LocalDate::parse).orElse(LocalDate.of(2008, 8, 1)), validFrom.minusDays(1)));
        } catch (UnitListRefusedException refused) {
            LOG.severe(refused::getMessage);
        }
        config.getOptionalValue("dtiplan.bootstrap.admin-password", String.class)
                .ifPresent(password -> administrator.openIfNone(password.toCharArray()));
    }

    private void importUnits(String file, LocalDate validFrom) {
        if (!unitImport.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        int count = unitImport.importRows(checked(file).rows(), validFrom).size();
        LOG.info(() -> "Imported " + count + " administrative units from " + file + " in " + millis(start) + " ms");
    }

    /** The past tree ending on {@code lastDay} and its successions, once (skipped when it is there). */
    private void importHistory(String file, String mappingFile, LocalDate validFrom, LocalDate lastDay) {
        if (unitImport.hasHistory(lastDay)) {
            return;
        }
        long start = System.nanoTime();
        UnitCsv.Checked units = checked(file);
        WardMappingCsv.Checked mappings;
        try (var reader = Files.newBufferedReader(Path.of(mappingFile), StandardCharsets.UTF_8)) {
            mappings = WardMappingCsv.read(reader, Path.of(mappingFile).getFileName().toString());
        } catch (IOException e) {
            throw new UnitListRefusedException(List.of(mappingFile + ": " + e.getMessage()));
        }
        if (!mappings.problems().isEmpty()) {
            throw new UnitListRefusedException(mappings.problems());
        }
        UnitTreeImport.HistoryImported done = unitImport.importHistory(units.rows(), mappings.mappings(), validFrom,
                lastDay);
        LOG.info(() -> "Imported the tree of " + file + " (" + done.units() + " units, until " + lastDay + ") and "
                + done.successions() + " successions from " + mappingFile + " (" + done.unmatchedLines()
                + " lines name a ward in neither list) in " + millis(start) + " ms");
    }

    /** The whole list, checked; refused with every problem and its line when any. */
    private static UnitCsv.Checked checked(String file) {
        try (var reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            UnitCsv.Checked checked = UnitCsv.readChecked(reader, Path.of(file).getFileName().toString());
            if (!checked.problems().isEmpty()) {
                throw new UnitListRefusedException(checked.problems());
            }
            return checked;
        } catch (IOException e) {
            throw new UnitListRefusedException(List.of(file + ": " + e.getMessage()));
        }
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
