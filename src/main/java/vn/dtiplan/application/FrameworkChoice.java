package vn.dtiplan.application;

import java.io.Serializable;

/** A framework a screen offers to choose (the kind selector): its id, kind (DTI, PAR...) and name. */
public record FrameworkChoice(long id, String kind, String name) implements Serializable {
}
