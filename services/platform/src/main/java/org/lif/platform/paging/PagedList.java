package org.lif.platform.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with what a client needs to fetch the others. */
public record PagedList<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <E, T> PagedList<T> of(PanacheQuery<E> query, PageRequest request, Function<E, T> mapper) {
        PanacheQuery<E> paged = query.page(request.page, request.size);
        long total = paged.count();
        List<T> items = paged.list().stream().map(mapper).toList();
        return new PagedList<>(items, request.page, request.size, total, (int) ((total + request.size - 1) / request.size));
    }
}
