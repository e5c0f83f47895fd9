package vn.dtiplan.infrastructure.persistence;

import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javax.naming.InitialContext;
import javax.naming.NamingException;

import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;
import vn.dtiplan.domain.plan.InheritedTask;
import vn.dtiplan.domain.plan.Plan;
import vn.dtiplan.domain.plan.Task;
import vn.dtiplan.domain.progress.TaskProgress;

/**
 * Notes which units' kept figures a transaction changed: every insert, update and delete of a task,
 * its progress or a plan (whose status decides whether its own tasks count) marks the owning unit's
 * path, and for a task the path it had when the transaction read it (a task moved by a reorganisation:
 * woven entities keep no backup clone to compare with, so {@code postClone} notes it); an inherited
 * task inserted or deleted also marks its parent task's unit (whether a class task counts there
 * depends on its copies). Registered on the persistence unit (by {@link SessionEvents}),
 * so every JPA write path is covered, whatever service makes it; {@link TaskCountMaintenance}
 * recounts the marked units before the service returns. Bulk SQL updates bypass it: the one that
 * touches tasks, a plain move of a unit, rewrites {@code task_count}'s paths along with theirs; the
 * JDBC insert of an issue's copies marks its units itself ({@link #note}).
 */
public class TaskCountEvents extends DescriptorEventAdapter implements SessionCustomizer {

    private static final String KEY = TaskCountEvents.class.getName() + ".paths";
    /** A marked entry naming a task (by id) whose unit's figures to recount: a progress row's task. */
    static final String TASK = "#task:";
    private static final String LOADED = TaskCountEvents.class.getName() + ".loaded";
    private static volatile TransactionSynchronizationRegistry registry;

    @Override
    public void customize(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            Class<?> type = descriptor.getJavaClass();
            if (Task.class.isAssignableFrom(type) || TaskProgress.class.equals(type) || Plan.class.equals(type)) {
                descriptor.getEventManager().addListener(this);
            }
        }
    }

    @Override
    public void postInsert(DescriptorEvent event) {
        mark(event.getSource(), true);
    }

    @Override
    public void postUpdate(DescriptorEvent event) {
        mark(event.getSource(), false);
        // the path it had when the transaction read it: a reorganisation moves tasks to a successor
        Map<Object, String> loaded = loaded(false);
        String before = loaded == null ? null : loaded.get(event.getSource());
        Set<String> paths = paths(true);
        if (before != null && paths != null) {
            paths.add(before);
        }
    }

    /** Remembers the path of each task the transaction reads, to know where an update moves it from. */
    @Override
    public void postClone(DescriptorEvent event) {
        Object original = event.getOriginalObject() != null ? event.getOriginalObject() : event.getSource();
        if (original instanceof Task task) {
            Map<Object, String> loaded = loaded(true);
            if (loaded != null) {
                loaded.putIfAbsent(event.getSource(), task.getUnitPath());
            }
        }
    }

    @Override
    public void postDelete(DescriptorEvent event) {
        mark(event.getSource(), true);
    }

    private static void mark(Object entity, boolean parentToo) {
        Set<String> paths = paths(true);
        if (paths == null) {
            return;
        }
        if (entity instanceof Task task) {
            add(paths, task.getUnitPath());
            if (parentToo && task instanceof InheritedTask copy && copy.getParentTask() != null) {
                add(paths, copy.getParentTask().getUnitPath());
            }
        } else if (entity instanceof TaskProgress progress) {
            // the task's own unit counts it, and a moved task's progress keeps the path it was reported under
            add(paths, progress.getUnitPath());
            add(paths, TASK + progress.getTaskId());
        } else if (entity instanceof Plan plan) {
            add(paths, plan.getUnitPath());
        }
    }

    private static void add(Set<String> paths, String path) {
        if (path != null) {
            paths.add(path);
        }
    }

    /**
     * Marks paths written without JPA (the copies {@link TaskCopyWriter} inserts with JDBC), so
     * {@link TaskCountMaintenance} recounts them with the rest; nothing outside a transaction.
     */
    static void note(Collection<String> unitPaths) {
        Set<String> paths = paths(true);
        if (paths != null) {
            unitPaths.forEach(path -> add(paths, path));
        }
    }

    /** The paths marked in the current transaction and not yet recounted, and forgets them; empty outside one. */
    static Set<String> take() {
        Set<String> paths = paths(false);
        if (paths == null || paths.isEmpty()) {
            return Set.of();
        }
        Set<String> taken = Set.copyOf(paths);
        paths.clear();
        return taken;
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, String> loaded(boolean create) {
        TransactionSynchronizationRegistry tsr = registry();
        if (tsr == null || tsr.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return null;
        }
        Map<Object, String> loaded = (Map<Object, String>) tsr.getResource(LOADED);
        if (loaded == null && create) {
            loaded = new IdentityHashMap<>();
            tsr.putResource(LOADED, loaded);
        }
        return loaded;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> paths(boolean create) {
        TransactionSynchronizationRegistry tsr = registry();
        if (tsr == null || tsr.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return null;
        }
        Set<String> paths = (Set<String>) tsr.getResource(KEY);
        if (paths == null && create) {
            paths = new LinkedHashSet<>();
            tsr.putResource(KEY, paths);
        }
        return paths;
    }

    static TransactionSynchronizationRegistry registry() {
        if (registry == null) {
            try {
                registry = InitialContext.doLookup("java:comp/TransactionSynchronizationRegistry");
            } catch (NamingException outsideContainer) {
                return null;
            }
        }
        return registry;
    }
}
