package vn.dtiplan.domain.framework;

import java.util.List;
import java.util.Optional;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.unit.UnitLevel;

/** Frameworks, read through a scope: those issued inside it or by one of the scope's ancestors. */
public interface IndexFrameworkRepository {

    IndexFramework add(TenantScope scope, IndexFramework framework);

    /**
     * Writes a revised draft now. Its version moves even when only pillars or criteria changed, so
     * a revision and a concurrent first assessment (which freezes the framework) cannot both commit.
     */
    void update(TenantScope scope, IndexFramework framework);

    Optional<IndexFramework> findById(TenantScope scope, long id);

    /** Frameworks the scope may read, newest year first; a null year or level matches any. */
    List<IndexFramework> findVisible(TenantScope scope, Integer year, UnitLevel level);
}
