package vn.dtiplan.domain.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A task as the body of a plan states it (seed 001, §II.3): a numbered criterion heading
 * ("3.1. Tiêu chí: …", or "1. Tiêu chí 6.4: …" when the criterion has a code of its own),
 * then the solution, the lead, the coordinating units and the timeframe as labelled lines.
 * Missing parts are left out rather than printed empty.
 */
public record TaskEntry(String number, String criterionCode, String criterion, String solution, String lead,
                        String coordinating, String timeframe) {

    public TaskEntry {
        number = Text.optional(number);
        criterionCode = Text.optional(criterionCode);
        criterion = Text.optional(criterion);
        solution = Text.required(solution, "solution");
        lead = Text.optional(lead);
        coordinating = Text.optional(coordinating);
        timeframe = Text.optional(timeframe);
    }

    public List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        if (criterion != null || criterionCode != null) {
            String label = criterionCode == null ? "Tiêu chí" : "Tiêu chí " + criterionCode;
            blocks.add(new Block.Heading((number == null ? "" : number + ". ") + label
                    + (criterion == null ? "" : ": " + criterion)));
        }
        blocks.add(new Block.Labelled("Giải pháp", solution));
        addLabelled(blocks, "Đơn vị chủ trì", lead);
        addLabelled(blocks, "Đơn vị phối hợp", coordinating);
        addLabelled(blocks, "Thời gian thực hiện", timeframe);
        return List.copyOf(blocks);
    }

    private static void addLabelled(List<Block> blocks, String label, String text) {
        if (text != null) {
            blocks.add(new Block.Labelled(label, text));
        }
    }
}
