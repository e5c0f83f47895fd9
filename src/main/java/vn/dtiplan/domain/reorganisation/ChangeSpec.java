package vn.dtiplan.domain.reorganisation;

import java.util.List;

/** One change as drafted: the successor and the codes of its predecessors. */
public record ChangeSpec(SuccessorSpec successor, List<String> predecessors) {
}
