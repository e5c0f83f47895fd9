package vn.dtiplan.domain.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/** A department inside a unit (bộ phận, phòng, ban): tasks are led by departments. */
@Entity
@Table(name = "department")
public class Department {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private AdministrativeUnit unit;

    @Column(nullable = false, length = 200)
    private String name;

    protected Department() {
    }

    public Department(AdministrativeUnit unit, String name) {
        this.unit = Objects.requireNonNull(unit, "unit");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is required");
        }
        this.name = name.strip().replaceAll("\\s+", " ");
    }

    public Long getId() {
        return id;
    }

    public AdministrativeUnit getUnit() {
        return unit;
    }

    public String getName() {
        return name;
    }
}
