package vn.dtiplan.domain.progress;

import java.util.List;
import vn.dtiplan.domain.DomainRuleException;

/** A bulk progress report refused as a whole (nothing stored) because of the listed lines (422). */
public class BulkProgressRefusedException extends DomainRuleException {

    /** One refused line: its index in the request (from 0), its task and the rule it broke. */
    public record Refusal(int index, long taskId, String key, List<Object> arguments) {

        public Refusal(int index, long taskId, DomainRuleException broken) {
            this(index, taskId, broken.messageKey(), List.of(broken.arguments()));
        }

        public Refusal {
            arguments = List.copyOf(arguments);
        }
    }

    private final transient List<Refusal> refusals;

    public BulkProgressRefusedException(List<Refusal> refusals) {
        super("progress.bulk.refused", refusals.size());
        this.refusals = List.copyOf(refusals);
    }

    public List<Refusal> refusals() {
        return refusals;
    }
}
