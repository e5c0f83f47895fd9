package vn.dtiplan.domain.listing;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;

/** One page of a list and the size of the whole list ({@code X-Total-Count} on the API). */
public record Page<T>(List<T> items, long total) implements Serializable {

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total);
    }
}
