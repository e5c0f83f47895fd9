package vn.dtiplan.domain.listing;

import java.io.Serializable;
import java.util.List;

/**
 * Which page of a list: {@code page} counts from 1, {@code size} rows per page (default
 * {@value #DEFAULT_SIZE}, at most {@value #MAX_SIZE}). {@link #ALL} is the whole list, what a caller
 * gets who names neither page nor size (the contract's older lists answer every row).
 */
public record PageRequest(int page, int size) implements Serializable {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;
    /** The whole list, unpaged. */
    public static final PageRequest ALL = new PageRequest(1, Integer.MAX_VALUE);

    public PageRequest {
        if (page < 1 || size < 1 || size > MAX_SIZE && size != Integer.MAX_VALUE) {
            throw new InvalidQueryException("request.page.invalid", MAX_SIZE);
        }
    }

    /**
     * The page the query parameters ask for: {@link #ALL} when both are absent; a missing page is 1,
     * a missing size {@value #DEFAULT_SIZE}.
     *
     * @throws InvalidQueryException when a value is not a whole number in range
     */
    public static PageRequest parse(String page, String size) {
        if (blank(page) && blank(size)) {
            return ALL;
        }
        return new PageRequest(blank(page) ? 1 : number(page), blank(size) ? DEFAULT_SIZE : number(size));
    }

    public boolean isAll() {
        return size == Integer.MAX_VALUE;
    }

    /** The index of the page's first row in the whole list. */
    public int offset() {
        return isAll() ? 0 : (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * size);
    }

    /** This page of a list held whole in memory (short lists that no query pages). */
    public <T> Page<T> of(List<T> all) {
        int from = Math.min(offset(), all.size());
        int to = (int) Math.min(all.size(), (long) from + size);
        return new Page<>(all.subList(from, to), all.size());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidQueryException("request.page.invalid", MAX_SIZE);
        }
    }
}
