package vn.dtiplan.domain.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DigestTest {

    private static Digest.Line line(String user, long id) {
        return new Digest.Line(user, "Họ tên " + user, user + "@example.org", "Phường 2",
                new Digest.Item(id, NotificationKind.OVERDUE, "Việc " + id, "/app/task-progress.xhtml?task=" + id,
                        Instant.ofEpochSecond(id)));
    }

    @Test
    void oneDigestPerAccountWithItsItemsInOrder() {
        List<Digest> digests = Digest.group(List.of(line("b", 1), line("a", 2), line("b", 3), line("a", 2)));
        assertEquals(List.of("b", "a"), digests.stream().map(Digest::username).toList());
        assertEquals(List.of(1L, 3L), digests.get(0).items().stream().map(Digest.Item::id).toList());
        assertEquals(1, digests.get(1).total(), "a line repeated is one item");
        assertEquals("a@example.org", digests.get(1).email());
    }

    @Test
    void aLongDayListsTheFirstItemsAndCountsTheRest() {
        List<Digest.Line> lines = new ArrayList<>();
        for (long id = 1; id <= Digest.MAX_ITEMS + 7; id++) {
            lines.add(line("a", id));
        }
        Digest digest = Digest.group(lines).get(0);
        assertEquals(Digest.MAX_ITEMS, digest.items().size());
        assertEquals(Digest.MAX_ITEMS + 7, digest.total());
        assertEquals(List.of(), Digest.group(List.of()));
    }
}
