package vn.dtiplan.domain.document;

import java.util.List;

/** A top-level part of the body ("I. MỤC ĐÍCH, YÊU CẦU") with its blocks in order. */
public record Section(String heading, List<Block> blocks) {

    public Section {
        heading = Text.required(heading, "heading");
        blocks = Text.list(blocks);
    }

    /** "I. MỤC ĐÍCH, YÊU CẦU" from 1 and "Mục đích, yêu cầu": Roman numeral and capitals. */
    public static Section numbered(int number, String title, List<Block> blocks) {
        return new Section(RomanNumerals.of(number) + ". " + IssuingAuthority.caps(Text.required(title, "title")),
                blocks);
    }
}
