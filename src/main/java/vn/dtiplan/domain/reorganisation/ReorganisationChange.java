package vn.dtiplan.domain.reorganisation;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import vn.dtiplan.domain.plan.TextListConverter;
import vn.dtiplan.domain.unit.UnitLevel;

/** One change of a reorganisation: a successor and the codes of its predecessors. */
@Entity
@Table(name = "reorganisation_change")
public class ReorganisationChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "reorganisation_id")
    private Reorganisation reorganisation;

    @Column(nullable = false)
    private int ordinal;

    @Column(name = "successor_code", nullable = false, length = 16)
    private String successorCode;

    @Column(name = "successor_name", length = 200)
    private String successorName;

    @Enumerated(EnumType.STRING)
    @Column(name = "successor_level", length = 16)
    private UnitLevel successorLevel;

    @Column(name = "successor_parent_code", length = 16)
    private String successorParentCode;

    @Convert(converter = TextListConverter.class)
    @Column(nullable = false, length = 2000)
    private List<String> predecessors = new ArrayList<>();

    protected ReorganisationChange() {
    }

    ReorganisationChange(Reorganisation reorganisation, int ordinal, SuccessorSpec successor, List<String> predecessors) {
        this.reorganisation = reorganisation;
        this.ordinal = ordinal;
        this.successorCode = successor.code();
        this.successorName = successor.name();
        this.successorLevel = successor.level();
        this.successorParentCode = successor.parentCode();
        this.predecessors = new ArrayList<>(predecessors);
    }

    public SuccessorSpec successor() {
        return new SuccessorSpec(successorCode, successorName, successorLevel, successorParentCode);
    }

    public List<String> getPredecessors() {
        return List.copyOf(predecessors);
    }

    public int getOrdinal() {
        return ordinal;
    }
}
