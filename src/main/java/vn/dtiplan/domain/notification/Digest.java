package vn.dtiplan.domain.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The daily e-mail digest of one account: the notifications of its unit created in the past
 * {@link #WINDOW} that it has not read, oldest first, at most {@link #MAX_ITEMS} listed (the rest
 * counted). One digest per account and day at most: the day is claimed when the digest is composed
 * (a mail that then fails is not retried that day; the notifications stay in the application). An
 * account without an address or without unread notifications of the day gets none.
 */
public record Digest(String username, String fullName, String email, String unitName, List<Item> items, int total) {

    public static final Duration WINDOW = Duration.ofDays(1);
    public static final int MAX_ITEMS = 50;

    public Digest {
        items = List.copyOf(items);
    }

    /** One notification in a digest. */
    public record Item(long id, NotificationKind kind, String label, String link, Instant createdAt) {
    }

    /** One row of the digest query: an account with an address and one unread notification of its unit. */
    public record Line(String username, String fullName, String email, String unitName, Item item) {
    }

    /** The digests of the lines, one per account in the order of the lines' first appearance. */
    public static List<Digest> group(List<Line> lines) {
        Map<String, List<Line>> byAccount = new LinkedHashMap<>();
        lines.forEach(l -> byAccount.computeIfAbsent(l.username(), k -> new ArrayList<>()).add(l));
        return byAccount.values().stream().map(own -> {
            Line first = own.get(0);
            List<Item> items = own.stream().map(Line::item).distinct().limit(MAX_ITEMS).toList();
            return new Digest(first.username(), first.fullName(), first.email(), first.unitName(), items,
                    (int) own.stream().map(Line::item).distinct().count());
        }).toList();
    }
}
