package vn.dtiplan.application;

import java.nio.file.Path;

/**
 * A consistent copy of the running database written by the application itself: possible for
 * the embedded H2 (its {@code BACKUP TO} statement); PostgreSQL is backed up from outside with
 * {@code pg_dump} (docs/operations.md, "Backups"). Implemented in the infrastructure.
 */
public interface OnlineBackup {

    /** Whether this database can be copied from inside the application. */
    boolean supported();

    /** Writes the copy to {@code file} (a zip file that does not exist yet); answers its size in bytes. */
    long backUpTo(Path file);
}
