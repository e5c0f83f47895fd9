package vn.dtiplan.application;

import jakarta.annotation.security.RolesAllowed;
import vn.dtiplan.domain.account.Roles;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.dtiplan.domain.StateConflictException;

/**
 * Online backup of the embedded database by the system administrator, into the directory
 * {@code dtiplan.backup.dir} (never a path from the request). Refused (409) when no directory
 * is configured, and on PostgreSQL, which is backed up with {@code pg_dump}.
 */
@Stateless
@RolesAllowed(Roles.SYSTEM_ADMIN)
public class BackupService {

    public static final String DIRECTORY = "dtiplan.backup.dir";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    /** One backup written: its file name, full path, size and when it was taken. */
    public record BackupView(String name, String path, long bytes, Instant takenAt) {
    }

    @Inject
    private OnlineBackup backup;

    private final Clock clock = Clock.systemUTC();

    // outside any transaction: the copy is the database's own consistent snapshot
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public BackupView backUp() {
        if (!backup.supported()) {
            throw new StateConflictException("backup.useDump");
        }
        Path directory = ConfigProvider.getConfig(BackupService.class.getClassLoader())
                .getOptionalValue(DIRECTORY, String.class).filter(d -> !d.isBlank()).map(Path::of)
                .orElseThrow(() -> new StateConflictException("backup.notConfigured"));
        Instant now = clock.instant();
        Path file = directory.toAbsolutePath().resolve("dtiplan-" + STAMP.format(now) + ".zip");
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long bytes = backup.backUpTo(file);
        return new BackupView(file.getFileName().toString(), file.toString(), bytes, now);
    }
}
