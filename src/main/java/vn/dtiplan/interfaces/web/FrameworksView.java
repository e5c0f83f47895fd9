package vn.dtiplan.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.model.StreamedContent;
import vn.dtiplan.application.FrameworkService;
import vn.dtiplan.application.FrameworkView;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.framework.FrameworkStatus;
import vn.dtiplan.domain.framework.Names;
import vn.dtiplan.domain.workbook.FrameworkSheet;

/**
 * The framework screen ({@code /app/frameworks.xhtml?id=…}): the frameworks the caller sees, one
 * of them as a tree of pillars and criteria with their maxima and its status (a draft, or frozen
 * once scored); the blank Excel template and the chosen framework's template (its units to score)
 * for download; for province users, the upload of a framework from the template, all or nothing,
 * with every problem listed by sheet, row and column.
 *
 * <p>The province that issued a framework edits it while it is a draft ({@link FrameworkDraft}:
 * lines added and removed on the page, nothing stored until Save, which sends the whole draft; a
 * refusal keeps the typed lines and says why) and copies any of its frameworks into another
 * year's draft. The editor keeps the framework's version it was opened on: a framework changed
 * elsewhere since is not overwritten (the reload message, the typed lines kept). A frozen framework stays read-only with the reason shown.
 */
@Named
@ViewScoped
public class FrameworksView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A line of the tree: a pillar (numbered I, II…) or a criterion indented by its nesting depth. */
    public record Row(String code, String title, BigDecimal max, int depth, boolean pillar) implements Serializable {
    }

    @Inject
    private FrameworkService frameworks;

    private List<FrameworkView> all = List.of();
    private Long id;
    private FrameworkView selected;
    private List<Row> rows = List.of();
    private boolean mayIssue;
    private boolean mayChange;
    private FrameworkDraft draft;
    /** The framework's version the editor was opened on (a framework changed since is not overwritten). */
    private Long draftVersion;
    private String problem;
    private Integer copyYear;
    private transient Part file;
    private List<String> problems = List.of();

    @PostConstruct
    void load() {
        String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        all = frameworks.visible(null, null);
        mayIssue = frameworks.mayIssue();
        id = parse(param).filter(i -> all.stream().anyMatch(f -> f.id() == i))
                .or(() -> all.stream().findFirst().map(FrameworkView::id)).orElse(null);
        show(id == null ? null : frameworks.framework(id).orElse(null));
    }

    private void show(FrameworkView framework) {
        selected = framework;
        rows = selected == null ? List.of() : rows(selected);
        mayChange = selected != null && frameworks.mayChange(selected.id());
        copyYear = selected == null ? null : selected.year() + 1;
    }

    private static java.util.Optional<Long> parse(String text) {
        try {
            return text == null || text.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(Long.valueOf(text.strip()));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    static List<Row> rows(FrameworkView framework) {
        List<Row> result = new ArrayList<>();
        for (FrameworkView.Pillar p : framework.pillars()) {
            result.add(new Row(FrameworkSheet.roman(p.position()), p.name(), p.max(), 0, true));
            Map<String, String> parents = new HashMap<>();
            p.criteria().forEach(c -> parents.put(c.code(), c.parentCode()));
            for (FrameworkView.Criterion c : p.criteria()) {
                int depth = 1;
                for (String parent = c.parentCode(); parent != null; parent = parents.get(parent)) {
                    depth++;
                }
                result.add(new Row(c.code(), c.title(), c.max(), depth, false));
            }
        }
        return result;
    }

    /** A pillar's number as the tree shows it (I, II…). */
    public String roman(int position) {
        return FrameworkSheet.roman(position);
    }

    /** Opens the chosen framework (a GET address). */
    public String show() {
        return "/app/frameworks?faces-redirect=true" + (id == null ? "" : "&id=" + id);
    }

    /** Opens the editor on the chosen draft. */
    public void edit() {
        draft = isMayEdit() ? FrameworkDraft.of(selected) : null;
        draftVersion = draft == null ? null : selected.version();
        problem = null;
    }

    public void cancel() {
        draft = null;
        problem = null;
    }

    /** Stores the whole draft; on a refusal the editor stays open with the typed lines and the reason. */
    public void save() {
        try {
            FrameworkView saved = frameworks.update(selected.id(), draft.request(selected), draftVersion);
            all = frameworks.visible(null, null);
            show(saved);
            draft = null;
            problem = null;
            Notices.info("frameworks.saved", saved.name());
        } catch (DomainRuleException refused) {
            Notices.refused(refused);
            problem = FrameworkDraft.subjectOf(refused);
        }
        PrimeFaces.current().scrollTo("messages");
    }

    public void addPillar() {
        draft.addPillar();
    }

    public void removePillar(FrameworkDraft.PillarLine pillar) {
        draft.removePillar(pillar);
    }

    /** Copies the chosen framework into a draft of {@link #getCopyYear()} and opens it. */
    public String copy() {
        try {
            FrameworkView copy = frameworks.copy(selected.id(), copyYear == null ? 0 : copyYear);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Notices.info("frameworks.copied", copy.name());
            return "/app/frameworks?faces-redirect=true&id=" + copy.id();
        } catch (DomainRuleException refused) {
            Notices.refused(refused);
            return null;
        }
    }

    /** Imports the uploaded framework; on success opens it, else lists the problems. */
    public String upload() {
        WorkbookUpload.Outcome<FrameworkView> outcome = WorkbookUpload.run(file, frameworks::importFramework);
        problems = outcome.problems();
        if (outcome.result() == null) {
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Notices.info("frameworks.imported", outcome.result().name());
        return "/app/frameworks?faces-redirect=true&id=" + outcome.result().id();
    }

    public StreamedContent getTemplate() {
        return WorkbookUpload.download(frameworks.template(), "mau-bo-chi-so-va-diem.xlsx");
    }

    public StreamedContent getFrameworkTemplate() {
        return selected == null ? null : WorkbookUpload.download(frameworks.template(selected.id()).orElseThrow(),
                "bo-chi-so-" + selected.year() + "-" + selected.id() + ".xlsx");
    }

    public List<FrameworkView> getAll() {
        return all;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public FrameworkView getSelected() {
        return selected;
    }

    public List<Row> getRows() {
        return rows;
    }

    public boolean isMayIssue() {
        return mayIssue;
    }

    /** The caller issued the framework (may copy it). */
    public boolean isMayChange() {
        return mayChange;
    }

    /** The caller issued the framework and it is still a draft. */
    public boolean isMayEdit() {
        return mayChange && FrameworkStatus.DRAFT.name().equals(selected.status());
    }

    public FrameworkDraft getDraft() {
        return draft;
    }

    /** Whether the last refusal was about the line with this code or pillar name (marked on screen). */
    public boolean problemAt(String codeOrName) {
        return problem != null && problem.equals(Names.key(codeOrName));
    }

    public boolean isEditing() {
        return draft != null;
    }

    public Integer getCopyYear() {
        return copyYear;
    }

    public void setCopyYear(Integer copyYear) {
        this.copyYear = copyYear;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public List<String> getProblems() {
        return problems;
    }
}
