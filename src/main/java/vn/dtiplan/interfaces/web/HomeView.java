package vn.dtiplan.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import vn.dtiplan.application.UnitService;
import vn.dtiplan.application.UnitView;

/** The home screen: the units the user may see, as a tree, each with its departments. */
@Named
@ViewScoped
public class HomeView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What a tree node shows: a unit or a department. */
    public record Node(String kind, String code, String name, String level, int departments) implements Serializable {
    }

    @Inject
    private transient UnitService units;

    private TreeNode<Node> root;
    private int unitCount;

    @PostConstruct
    void load() {
        List<UnitView> visible = units.visibleUnits();
        unitCount = visible.size();
        root = new DefaultTreeNode<>(new Node("root", "", "", "", 0), null);
        Map<String, TreeNode<Node>> byCode = new HashMap<>();
        for (UnitView u : visible) {
            TreeNode<Node> parent = byCode.getOrDefault(u.parentCode(), root);
            TreeNode<Node> node = new DefaultTreeNode<>("unit",
                    new Node("unit", u.code(), u.name(), u.level().name(), u.departments().size()), parent);
            node.setExpanded(parent == root);
            u.departments().forEach(d -> new DefaultTreeNode<>("department",
                    new Node("department", "", d.name(), "", 0), node));
            byCode.put(u.code(), node);
        }
    }

    public TreeNode<Node> getRoot() {
        return root;
    }

    public int getUnitCount() {
        return unitCount;
    }
}
