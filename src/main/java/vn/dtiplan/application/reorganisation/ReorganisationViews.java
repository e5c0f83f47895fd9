package vn.dtiplan.application.reorganisation;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** What the reorganisation service answers: records, never entities. */
public final class ReorganisationViews {

    private ReorganisationViews() {
    }

    /** A successor as drafted. */
    public record Successor(String code, String name, String level, String parentCode) implements Serializable {
    }

    /** A reorganisation and its changes. */
    public record Summary(long id, String status, LocalDate effective, String basis, List<ChangeLine> changes,
                          List<String> dissolved) implements Serializable {
    }

    /** One change as drafted. */
    public record ChangeLine(Successor successor, List<String> predecessors) implements Serializable {
    }

    /** What one change moves: counted over its predecessors. */
    public record PreviewLine(Successor successor, List<String> predecessors, List<String> predecessorNames,
                              boolean newUnit, long openTasks, long pendingInherited, long plans, long accounts,
                              long reports) implements Serializable {

        /** "Phường 1 (26506), Phường 2 (26509)…" */
        public String predecessorCodes() {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < predecessors.size(); i++) {
                text.append(i == 0 ? "" : ", ").append(predecessorNames.get(i)).append(" (").append(predecessors.get(i))
                        .append(')');
            }
            return text.toString();
        }
    }

    /** The preview of a draft: per change, and the units dissolved with the units they hand over. */
    public record Preview(long id, String status, LocalDate effective, List<PreviewLine> changes, List<String> dissolved,
                          List<String> handedOver) implements Serializable {

        public String dissolvedCodes() {
            return String.join(", ", dissolved);
        }

        public String handedOverCodes() {
            return String.join(", ", handedOver);
        }
    }

    /** A unit on the other side of a succession. */
    public record Link(String code, String name, LocalDate validTo, Long reorganisationId) implements Serializable {
    }

    /** A unit over time. */
    public record History(long id, String code, String name, LocalDate validFrom, LocalDate validTo,
                          List<Link> predecessors, List<Link> successors) implements Serializable {
    }
}
