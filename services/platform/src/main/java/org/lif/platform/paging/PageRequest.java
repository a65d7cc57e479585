package org.lif.platform.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** {@code ?page=0&size=20}: zero-based page, at most 100 items a page. */
public class PageRequest {
    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "must be 0 or more")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "must be at least 1")
    @Max(value = 100, message = "must be at most 100")
    public int size;

    public static PageRequest of(int page, int size) {
        PageRequest r = new PageRequest();
        r.page = page;
        r.size = size;
        return r;
    }
}
