package vn.dtiplan.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.dtiplan.application.reorganisation.ReorganisationService;
import vn.dtiplan.application.reorganisation.ReorganisationViews.Preview;
import vn.dtiplan.application.reorganisation.ReorganisationViews.Summary;
import vn.dtiplan.domain.DomainRuleException;

/**
 * The reorganisation screen: the drafts and applied reorganisations the caller may see, the
 * preview of one (what each change moves, the units dissolved and handed over) and, for a draft,
 * apply after a confirmation. Only the selected id is kept in the view state; the list and the
 * preview are re-read from {@link ReorganisationService} when missing.
 */
@Named
@ViewScoped
public class ReorganisationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReorganisationService reorganisations;

    private Long selectedId;
    private transient List<Summary> list;
    private transient Preview preview;

    @PostConstruct
    void load() {
        list = reorganisations.list();
        if (!list.isEmpty()) {
            select(list.get(0).id());
        }
    }

    public void select(long id) {
        selectedId = id;
        preview = null;
        preview();
    }

    public void apply() {
        if (selectedId == null) {
            return;
        }
        try {
            Summary applied = reorganisations.apply(selectedId);
            Notices.info("reorganisations.applied", applied.changes().size());
        } catch (DomainRuleException refused) {
            Notices.refused(refused);
        }
        list = null;
        preview = null;
    }

    /** Whether the selected reorganisation is a draft (it has a preview and can be applied). */
    public boolean isDraft() {
        Summary selected = getSelected();
        return selected != null && "DRAFT".equals(selected.status());
    }

    public List<Summary> getList() {
        if (list == null) {
            list = reorganisations.list();
        }
        return list;
    }

    /** The selected draft's preview; null when none is selected, it is applied, or its codes no longer resolve. */
    public Preview preview() {
        if (preview == null && selectedId != null && isDraft()) {
            try {
                preview = reorganisations.preview(selectedId);
            } catch (DomainRuleException refused) {
                Notices.refused(refused);
                selectedId = null;
            }
        }
        return preview;
    }

    public Preview getPreview() {
        return preview();
    }

    public Summary getSelected() {
        return getList().stream().filter(s -> selectedId != null && s.id() == selectedId).findFirst().orElse(null);
    }

    public Long getSelectedId() {
        return selectedId;
    }
}
