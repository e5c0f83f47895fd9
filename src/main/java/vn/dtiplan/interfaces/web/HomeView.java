package vn.dtiplan.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import vn.dtiplan.application.AccountService;
import vn.dtiplan.application.CallerView;
import vn.dtiplan.application.Todo;
import vn.dtiplan.application.TodoService;
import vn.dtiplan.application.UnitService;
import vn.dtiplan.application.UnitView;
import vn.dtiplan.application.progress.TaskProgressRow;
import vn.dtiplan.domain.account.Role;
import vn.dtiplan.domain.unit.UnitLevel;

/**
 * The home screen: first what the official has to do now ({@link Todo}, each item one click from
 * where it is done), then who the user is and what they may see, per role — the units of their scope
 * as a tree, each with its departments (the caller's own department marked), and how many
 * units of each level that is. The tree opens at the top and at the caller's own unit.
 */
@Named
@ViewScoped
public class HomeView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What a tree node shows: a unit or a department; {@code own} marks the caller's unit or department. */
    public record Node(String kind, String code, String name, String level, int departments, boolean own)
            implements Serializable {
    }

    @Inject
    private UnitService units;

    @Inject
    private AccountService accounts;

    @Inject
    private TodoService todos;

    private Todo todo;

    private TreeNode<Node> root;
    private int unitCount;
    private final Map<UnitLevel, Integer> counts = new EnumMap<>(UnitLevel.class);
    private String primaryRole;

    @PostConstruct
    void load() {
        todo = todos.todo().orElse(null);
        CallerView caller = accounts.caller().orElse(null);
        primaryRole = caller == null ? null
                : caller.roles().stream().sorted().findFirst().map(Role::name).orElse(null);
        List<UnitView> visible = units.visibleUnits();
        unitCount = visible.size();
        root = new DefaultTreeNode<>(new Node("root", "", "", "", 0, false), null);
        Map<String, TreeNode<Node>> byCode = new HashMap<>();
        for (UnitView u : visible) {
            counts.merge(u.level(), 1, Integer::sum);
            boolean ownUnit = caller != null && u.code().equals(caller.unitCode());
            TreeNode<Node> parent = byCode.getOrDefault(u.parentCode(), root);
            TreeNode<Node> node = new DefaultTreeNode<>("unit", new Node("unit", u.code(), u.name(),
                    u.level().name(), u.departments().size(), ownUnit), parent);
            node.setExpanded(parent == root || ownUnit);
            u.departments().forEach(d -> new DefaultTreeNode<>("department", new Node("department", "", d.name(), "",
                    0, ownUnit && d.name().equals(caller.department())), node));
            byCode.put(u.code(), node);
        }
    }

    /** What the official has to do now; null for an account without a unit. */
    public Todo getTodo() {
        return todo;
    }

    /** The first tasks of a due list, as many as the page shows. */
    public List<TaskProgressRow> first(List<TaskProgressRow> tasks) {
        return tasks.subList(0, Math.min(TodoService.SHOWN, tasks.size()));
    }

    public TreeNode<Node> getRoot() {
        return root;
    }

    public int getUnitCount() {
        return unitCount;
    }

    /** How many visible units of a level ({@code PROVINCE}, {@code CITY}, {@code WARD}). */
    public int count(String level) {
        return counts.getOrDefault(UnitLevel.valueOf(level), 0);
    }

    /** The role whose introduction the page shows (the first, for an account with several). */
    public String getPrimaryRole() {
        return primaryRole;
    }
}
