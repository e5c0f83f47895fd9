package vn.dtiplan.domain.document;

/**
 * One piece of a document's body, as the writers lay it out: a numbered heading ("1. Mục
 * đích", bold), a paragraph (justified, first line indented), a bullet ("- ..."), or a
 * labelled line ("* Giải pháp: ..." with the label in bold).
 */
public sealed interface Block {

    record Heading(String text) implements Block {
        public Heading {
            text = Text.required(text, "text");
        }
    }

    record Paragraph(String text) implements Block {
        public Paragraph {
            text = Text.required(text, "text");
        }
    }

    record Bullet(String text) implements Block {
        public Bullet {
            text = Text.required(text, "text");
        }

        public String line() {
            return "- " + text;
        }
    }

    record Labelled(String label, String text) implements Block {
        public Labelled {
            label = Text.required(label, "label");
            text = Text.required(text, "text");
        }

        public String prefix() {
            return "* " + label + ": ";
        }
    }
}
