package vn.dtiplan.interfaces.rest;

import java.util.List;
import vn.dtiplan.domain.progress.BulkProgressRefusedException;
import vn.dtiplan.interfaces.Messages;

/**
 * The error body of a refused bulk progress report (422): the API's {@code error} and
 * {@code message}, and every refused line with its index (from 0), task and reason in Vietnamese.
 */
public record BulkError(String error, String message, List<Line> refused) {

    public record Line(int index, long taskId, String error, String message) {
    }

    static BulkError of(BulkProgressRefusedException refused) {
        return new BulkError(refused.messageKey(), Messages.vietnamese(refused.messageKey(), refused.arguments()),
                refused.refusals().stream().map(r -> new Line(r.index(), r.taskId(), r.key(),
                        Messages.vietnamese("progress.bulk.line", r.index(), r.taskId(),
                                Messages.vietnamese(r.key(), r.arguments().toArray())))).toList());
    }
}
