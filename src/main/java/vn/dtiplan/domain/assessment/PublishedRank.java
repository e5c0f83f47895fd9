package vn.dtiplan.domain.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import vn.dtiplan.domain.DomainRuleException;

/**
 * A rank as published at one scope: "5/33 phường của thành phố" is rank 5 of 33 at the city's
 * code, "19/177 của tỉnh" rank 19 of 177 at the province's. Kept as published, never recomputed.
 */
@Embeddable
public class PublishedRank {

    @Column(name = "scope_code", nullable = false, length = 16)
    private String scope;

    @Column(name = "rank_value", nullable = false)
    private int rank;

    @Column(name = "rank_of", nullable = false)
    private int of;

    protected PublishedRank() {
    }

    public PublishedRank(String scope, Integer rank, Integer of) {
        if (scope == null || scope.isBlank() || rank == null || of == null || rank < 1 || of < rank) {
            throw new DomainRuleException("assessment.rank.invalid");
        }
        this.scope = scope.strip();
        this.rank = rank;
        this.of = of;
    }

    public String getScope() {
        return scope;
    }

    public int getRank() {
        return rank;
    }

    public int getOf() {
        return of;
    }
}
