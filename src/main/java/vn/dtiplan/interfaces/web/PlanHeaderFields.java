package vn.dtiplan.interfaces.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.dtiplan.domain.plan.PlanHeader;

/** A plan's header as the form edits it (lists as one item per line); kept by {@link PlanHeaderForm}. */
public final class PlanHeaderFields implements Serializable {
    private static final long serialVersionUID = 1L;
    private String number;
    private LocalDate date;
    private String place;
    private String title;
    private Integer year;
    private String legalBases;
    private String purpose;
    private String budget;
    private String recipients;
    private String signerAuthority;
    private String signerTitle;
    private String signerName;
    private Long implementsPlanId;
    private Integer toYear;
    private boolean openEnded;

    PlanHeader toHeader() {
        return new PlanHeader(number, date, place, title, year == null ? 0 : year, lines(legalBases), purpose,
                budget, lines(recipients), signerAuthority, signerTitle, signerName, openEnded ? null : toYear, openEnded);
    }

    void fill(PlanHeader h, Long implementsPlan) {
        number = h.number();
        date = h.date();
        place = h.place();
        title = h.title();
        year = h.year();
        legalBases = String.join("\n", h.legalBases());
        purpose = h.purpose();
        budget = h.budget();
        recipients = String.join("\n", h.recipients());
        signerAuthority = h.signerAuthority();
        signerTitle = h.signerTitle();
        signerName = h.signerName();
        implementsPlanId = implementsPlan;
        toYear = h.toYear();
        openEnded = h.openEnded();
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    public String getNumber() { return number; }
    public void setNumber(String v) { number = v; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate v) { date = v; }
    public String getPlace() { return place; }
    public void setPlace(String v) { place = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public Integer getYear() { return year; }
    public void setYear(Integer v) { year = v; }
    public String getLegalBases() { return legalBases; }
    public void setLegalBases(String v) { legalBases = v; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String v) { purpose = v; }
    public String getBudget() { return budget; }
    public void setBudget(String v) { budget = v; }
    public String getRecipients() { return recipients; }
    public void setRecipients(String v) { recipients = v; }
    public String getSignerAuthority() { return signerAuthority; }
    public void setSignerAuthority(String v) { signerAuthority = v; }
    public String getSignerTitle() { return signerTitle; }
    public void setSignerTitle(String v) { signerTitle = v; }
    public String getSignerName() { return signerName; }
    public void setSignerName(String v) { signerName = v; }
    public Integer getToYear() { return toYear; }
    public void setToYear(Integer v) { toYear = v; }
    public boolean isOpenEnded() { return openEnded; }
    public void setOpenEnded(boolean v) { openEnded = v; }
    public Long getImplementsPlanId() { return implementsPlanId; }
    public void setImplementsPlanId(Long v) { implementsPlanId = v; }
}
