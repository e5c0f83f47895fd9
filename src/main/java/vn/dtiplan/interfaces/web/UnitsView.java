package vn.dtiplan.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dtiplan.application.UnitAdminService;
import vn.dtiplan.application.UnitService;
import vn.dtiplan.application.UnitView;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.VietnamTime;
import vn.dtiplan.domain.unit.UnitLevel;

/**
 * The units screen: the tree of the caller's scope as of a date (today unless another is
 * picked; a past date is read only), a form that creates a unit below one the caller sees, and
 * for a chosen unit in force a rename, a move and its departments. {@link UnitAdminService}
 * decides who may do what; its refusals are shown by their message keys. The edit form keeps the
 * unit's version it was filled from, so a unit changed elsewhere meanwhile is not overwritten.
 */
@Named
@ViewScoped
public class UnitsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UnitService units;

    @Inject
    private UnitAdminService admin;

    @Inject
    private VietnamTime time;

    private LocalDate at;
    private List<UnitView> tree;
    private transient Map<String, Integer> depths;
    private transient Choices unitChoices;
    private transient List<UnitView> choicesOf;
    private transient Choices parentChoices;

    private String newCode;
    private String newName;
    private UnitLevel newLevel;
    private String newParent;

    private String selected;
    /** The chosen unit's version the edit form was filled from (a unit changed since is not overwritten). */
    private Long editingVersion;
    private String rename;
    private String moveTo;
    private String departmentName;

    @PostConstruct
    void load() {
        at = time.today();
        reload();
    }

    /** Shows the tree on the picked date (today when none). */
    public void reload() {
        if (at == null) {
            at = time.today();
        }
        tree = units.unitsOn(at);
        depths = null;
        selectionChanged();
    }

    /** Whether the tree shown is today's (a past date is read only). */
    public boolean isEditable() {
        return at.equals(time.today());
    }

    public void create() {
        run(() -> {
            UnitView created = admin.create(new UnitAdminService.NewUnit(newCode, newName, newLevel, newParent, null));
            Notices.info("units.created", created.name());
            newCode = null;
            newName = null;
        });
    }

    public void save() {
        run(() -> {
            UnitView current = selectedUnit().orElseThrow();
            String parent = moveTo == null || moveTo.equals(current.parentCode()) ? null : moveTo;
            String name = rename == null || rename.equals(current.name()) ? null : rename;
            UnitView saved = admin.change(current.code(), name, parent, editingVersion);
            Notices.info("units.saved", saved.name());
        });
    }

    public void addDepartment() {
        run(() -> {
            admin.addDepartment(selected, departmentName);
            departmentName = null;
            Notices.info("units.department.saved");
        });
    }

    public void retireDepartment(long id) {
        run(() -> {
            admin.retireDepartment(selected, id);
            Notices.info("units.department.saved");
        });
    }

    private void run(Runnable action) {
        try {
            action.run();
            tree = units.unitsOn(at);
            depths = null;
            selectionChanged();
        } catch (DomainRuleException refused) {
            Notices.refused(refused);
        }
    }

    /** A unit is chosen: its name and parent fill the edit form. */
    public void selectionChanged() {
        Optional<UnitView> unit = selectedUnit();
        rename = unit.map(UnitView::name).orElse(null);
        moveTo = unit.map(UnitView::parentCode).orElse(null);
        editingVersion = unit.map(UnitView::version).orElse(null);
    }

    public Optional<UnitView> selectedUnit() {
        return selected == null ? Optional.empty()
                : tree.stream().filter(u -> u.code().equals(selected)).findFirst();
    }

    public UnitView getSelectedUnit() {
        return selectedUnit().orElse(null);
    }

    /** Units that may hold others (every level but hamlets), for the parent lists. */
    public List<UnitView> getParents() {
        return tree.stream().filter(u -> u.level().hasChildUnits()).toList();
    }

    public UnitLevel[] getLevels() {
        return UnitLevel.values();
    }

    /** How deep the unit sits in the shown tree (0 for its top), for indenting; parents come first. */
    public int depth(UnitView unit) {
        if (depths == null) {
            depths = new HashMap<>();
            tree.forEach(u -> depths.put(u.code(), u.parentCode() == null ? 0 : depths.getOrDefault(u.parentCode(), -1) + 1));
        }
        return depths.getOrDefault(unit.code(), 0);
    }

    public List<UnitView> getTree() {
        return tree;
    }

    /** The shown tree's units to choose from, found by a search (the page does not list them all). */
    public Choices getUnitChoices() {
        if (choicesOf != tree) {
            unitChoices = Choices.ofUnits(tree);
            parentChoices = Choices.ofUnits(getParents());
            choicesOf = tree;
        }
        return unitChoices;
    }

    /** The units a unit may be created or moved under ({@link #getParents()}), found by a search. */
    public Choices getParentChoices() {
        getUnitChoices();
        return parentChoices;
    }

    public LocalDate getAt() {
        return at;
    }

    public void setAt(LocalDate at) {
        this.at = at;
    }

    public LocalDate getToday() {
        return time.today();
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public UnitLevel getNewLevel() {
        return newLevel;
    }

    public void setNewLevel(UnitLevel newLevel) {
        this.newLevel = newLevel;
    }

    public String getNewParent() {
        return newParent;
    }

    public void setNewParent(String newParent) {
        this.newParent = newParent;
    }

    public String getSelected() {
        return selected;
    }

    public void setSelected(String selected) {
        this.selected = selected;
    }

    public String getRename() {
        return rename;
    }

    public void setRename(String rename) {
        this.rename = rename;
    }

    public String getMoveTo() {
        return moveTo;
    }

    public void setMoveTo(String moveTo) {
        this.moveTo = moveTo;
    }

    public String getDepartmentName() {
        return departmentName;
    }

    public void setDepartmentName(String departmentName) {
        this.departmentName = departmentName;
    }
}
