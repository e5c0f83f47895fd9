package vn.dtiplan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StampedAnswersTest {

    private final AtomicInteger computed = new AtomicInteger();

    private static ChangeStamp at(Object stamp) {
        return () -> Optional.of(stamp);
    }

    private String compute(String key) {
        return key + "#" + computed.incrementAndGet();
    }

    @Test
    void anAnswerIsGivenAgainWhileTheStampIsTheSame() {
        StampedAnswers<String, String> answers = new StampedAnswers<>(10);
        assertEquals("a#1", answers.get("a", at(7L), () -> compute("a")));
        assertEquals("a#1", answers.get("a", at(7L), () -> compute("a")));
        assertEquals(1, computed.get());
    }

    @Test
    void aChangedStampComputesAfreshAndKeepsTheNewAnswer() {
        StampedAnswers<String, String> answers = new StampedAnswers<>(10);
        answers.get("a", at("100:105:100"), () -> compute("a"));
        assertEquals("a#2", answers.get("a", at("105:105:"), () -> compute("a")));
        assertEquals("a#2", answers.get("a", at("105:105:"), () -> compute("a")));
        assertEquals("a#3", answers.get("a", at("100:105:100"), () -> compute("a")),
                "an answer kept under another stamp, even an older one, is never given");
    }

    @Test
    void answersAreKeptPerKey() {
        StampedAnswers<String, String> answers = new StampedAnswers<>(10);
        assertEquals("a#1", answers.get("a", at(1L), () -> compute("a")));
        assertEquals("b#2", answers.get("b", at(1L), () -> compute("b")));
        assertEquals("a#1", answers.get("a", at(1L), () -> compute("a")));
    }

    @Test
    void theLeastRecentlyUsedKeyGoesFirstWhenFull() {
        StampedAnswers<String, String> answers = new StampedAnswers<>(2);
        answers.get("a", at(1L), () -> compute("a"));
        answers.get("b", at(1L), () -> compute("b"));
        answers.get("a", at(1L), () -> compute("a"));
        answers.get("c", at(1L), () -> compute("c"));
        assertEquals(2, answers.size());
        assertEquals("a#1", answers.get("a", at(1L), () -> compute("a")));
        assertEquals("b#4", answers.get("b", at(1L), () -> compute("b")), "b was the least recently used");
    }

    @Test
    void aComputationThatFailsKeepsNothing() {
        StampedAnswers<String, String> answers = new StampedAnswers<>(10);
        assertThrows(RecordNotFoundException.class, () -> answers.get("a", at(1L), () -> {
            throw new RecordNotFoundException("a");
        }));
        assertEquals(0, answers.size());
        assertEquals("a#1", answers.get("a", at(1L), () -> compute("a")));
    }

    @Test
    void aTransactionThatHasWrittenNeitherTakesNorKeepsAnAnswer() {
        StampedAnswers<String, String> answers = new StampedAnswers<>(10);
        answers.get("a", at(1L), () -> compute("a"));
        ChangeStamp wrote = Optional::empty;
        assertEquals("a#2", answers.get("a", wrote, () -> compute("a")), "its own writes are in no kept answer");
        assertEquals("a#1", answers.get("a", at(1L), () -> compute("a")), "what it computed was not kept");
        answers.get("b", wrote, () -> compute("b"));
        assertEquals(1, answers.size());
    }
}
