package vn.dtiplan.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.LazyDefaultTreeNode;
import org.primefaces.model.TreeNode;
import org.primefaces.util.Callbacks;
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
 * units of each level that is. The tree opens at the caller's own unit.
 *
 * <p>The tree is dynamic (issue 15): a node's children are rendered when it is opened, each opening
 * one Ajax request, so the page stays small whatever the scope (a province over thousands of wards, the
 * administrator over the country). The units are read once per view; the nodes are made as they are opened
 * from a map of children by parent ({@link Children}), so the view state holds the nodes opened so far.
 */
@Named
@ViewScoped
public class HomeView implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * What a tree node shows: a unit or a department; {@code own} marks the caller's unit or department;
     * {@code key} is the node's place in {@link Children} (a unit's code; a department's unit code and name).
     */
    public record Node(String kind, String code, String name, String level, int departments, boolean own, String key)
            implements Serializable {

        public boolean isUnit() {
            return "unit".equals(kind);
        }
    }

    /** Each node's children by the node's key (departments first, then the units below); a node without children is a leaf. */
    record Children(Map<String, List<Node>> byKey) implements Serializable {

        private static final long serialVersionUID = 1L;

        Callbacks.SerializableFunction<Node, List<Node>> load() {
            return node -> byKey.getOrDefault(node.key(), List.of());
        }

        Callbacks.SerializableFunction<Node, Boolean> leaf() {
            return node -> !byKey.containsKey(node.key());
        }
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
        visible.forEach(u -> counts.merge(u.level(), 1, Integer::sum));
        Map<String, List<Node>> children = new HashMap<>();
        List<Node> top = nodes(visible, caller, children);
        Children model = new Children(children);
        root = new DefaultTreeNode<>(new Node("root", "", "", "", 0, false, ""), null);
        for (Node node : top) {
            TreeNode<Node> child = new LazyDefaultTreeNode<>(node, model.load(), model.leaf());
            child.setExpanded(node.own() && !child.isLeaf());
            root.getChildren().add(child);
        }
    }

    /** The top units (whose parent is not shown); every other unit and each department goes into {@code children}. */
    private static List<Node> nodes(List<UnitView> visible, CallerView caller, Map<String, List<Node>> children) {
        List<Node> top = new ArrayList<>();
        Set<String> shown = visible.stream().map(UnitView::code).collect(Collectors.toSet());
        for (UnitView u : visible) {
            boolean ownUnit = caller != null && u.code().equals(caller.unitCode());
            Node node = new Node("unit", u.code(), u.name(), u.level().name(), u.departments().size(), ownUnit, u.code());
            (shown.contains(u.parentCode()) ? children.computeIfAbsent(u.parentCode(), k -> new ArrayList<>()) : top)
                    .add(node);
            u.departments().forEach(d -> children.computeIfAbsent(u.code(), k -> new ArrayList<>()).add(
                    new Node("department", "", d.name(), "", 0, ownUnit && d.name().equals(caller.department()),
                            u.code() + "/" + d.name())));
        }
        children.values().forEach(list -> list.sort(HomeView::departmentsFirst));
        return top;
    }

    /** Keeps the order units were read in; a unit's departments before the units below it. */
    private static int departmentsFirst(Node a, Node b) {
        return Boolean.compare(a.isUnit(), b.isUnit());
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
