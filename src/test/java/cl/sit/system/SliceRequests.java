package cl.sit.system;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Requests and expectations shared by the {@link ApiSlice} tests of paged API resources. */
public final class SliceRequests {

    private SliceRequests() {}

    /** {@code GET path} with query parameters given as name, value, name, value… */
    public static MockHttpServletRequestBuilder get(String path, String... params) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(path);
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return request;
    }

    /** A 400 with this error {@code code} whose description contains {@code inDescription}. */
    public static ResultMatcher badRequest(String code, String inDescription) {
        return result -> {
            status().isBadRequest().match(result);
            jsonPath("$.code").value(code).match(result);
            jsonPath("$.description").value(containsString(inDescription)).match(result);
        };
    }

    /** Paging parameters out of bounds (name, value) for a resource with these maxima: each is a 400. */
    public static String[][] pagingOutOfBounds(int maxLimit, int maxOffset) {
        return new String[][] {
            {"limit", "0"},
            {"limit", String.valueOf(maxLimit + 1)},
            {"limit", "2.5"},
            {"offset", "-1"},
            {"offset", String.valueOf(maxOffset + 1)}
        };
    }
}
