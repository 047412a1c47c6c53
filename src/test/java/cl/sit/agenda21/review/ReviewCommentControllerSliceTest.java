package cl.sit.agenda21.review;

import static cl.sit.agenda21.review.InMemoryReview.EDITOR;
import static cl.sit.agenda21.review.InMemoryReview.IN_CORRAL;
import static cl.sit.agenda21.review.InMemoryReview.IN_VALDIVIA;
import static cl.sit.agenda21.review.InMemoryReview.LAYER;
import static cl.sit.agenda21.review.InMemoryReview.READ_ONLY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cl.sit.system.ApiSlice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Review comments on Agenda 21 features: signed-in users only (the application's security chain), who read the
 * features they see and write on those they may edit ({@code EditPermissions} over grants and published communes),
 * the JSON shape and the refusals as {@code {code, description}}, over {@link InMemoryReview}.
 */
@ApiSlice
@Import({ReviewCommentController.class, InMemoryReview.class})
class ReviewCommentControllerSliceTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    InMemoryReview.Comments comments;

    @BeforeEach
    void reset() {
        comments.reset();
    }

    @Test
    void anEditorCommentsAndResolvesOnTheirCommune() throws Exception {
        mvc.perform(comment(IN_VALDIVIA, "{\"texto\":\"  Falta la dirección  \"}")
                        .with(editor()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", comments(IN_VALDIVIA)))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(1))
                .andExpect(jsonPath("$[0].capa").value(LAYER))
                .andExpect(jsonPath("$[0].elemento").value(IN_VALDIVIA))
                .andExpect(jsonPath("$[0].comuna").value("14101"))
                .andExpect(jsonPath("$[0].autor").value(EDITOR))
                .andExpect(jsonPath("$[0].texto").value("Falta la dirección"))
                .andExpect(jsonPath("$[0].resuelto").value(false));
        mvc.perform(state(IN_VALDIVIA, 1, "{\"resuelto\":true}").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(1))
                .andExpect(jsonPath("$.resuelto").value(true));
        assertThat(comments.of(LAYER, IN_VALDIVIA).get(0).resueltoPor()).isEqualTo("admin");
        mvc.perform(state(IN_VALDIVIA, 1, "{\"resuelto\":false}").with(editor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.resuelto").value(false));
        mvc.perform(get(comments(IN_VALDIVIA)).with(editor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].resuelto").value(false));
    }

    @Test
    void onlySignedInUsersReadOrWrite() throws Exception {
        unauthorized(mvc.perform(get(comments(IN_CORRAL))));
        unauthorized(mvc.perform(comment(IN_VALDIVIA, "{\"texto\":\"hola\"}")));
        unauthorized(mvc.perform(state(IN_VALDIVIA, 1, "{\"resuelto\":true}")));
        assertThat(comments.count(LAYER, IN_VALDIVIA)).isZero();
    }

    @Test
    void usersReadWhatTheySeeAndWriteWhereTheyEdit() throws Exception {
        // Corral is published: everyone signed in reads it; only who edits Corral writes.
        mvc.perform(get(comments(IN_CORRAL)).with(user("ines").roles("INVERSION")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        error(mvc.perform(comment(IN_CORRAL, "{\"texto\":\"hola\"}").with(editor())), 403, "Forbidden", "14102");
        // Valdivia is a draft: other users do not see it.
        error(mvc.perform(get(comments(IN_VALDIVIA)).with(user("otro").roles("EDITOR"))), 404, "FeatureNotFound", "1");
        error(
                mvc.perform(comment(IN_VALDIVIA, "{\"texto\":\"hola\"}")
                        .with(user("ines").roles("INVERSION"))),
                404,
                "FeatureNotFound",
                "1");
        mvc.perform(comment(IN_CORRAL, "{\"texto\":\"Revisado\"}").with(admin()))
                .andExpect(status().isCreated());
        assertThat(comments.count(LAYER, IN_CORRAL)).isEqualTo(1);
    }

    @Test
    void badCommentsAndAddressesAreRefusedWithCodeAndDescription() throws Exception {
        error(mvc.perform(comment(IN_VALDIVIA, "{\"texto\":\"   \"}").with(editor())), 422, "InvalidComment", "2000");
        error(mvc.perform(comment(IN_VALDIVIA, "{}").with(editor())), 422, "InvalidComment", "2000");
        error(
                mvc.perform(comment(IN_VALDIVIA, "{\"texto\":\"" + "a".repeat(2001) + "\"}")
                        .with(editor())),
                422,
                "InvalidComment",
                "2000");
        error(mvc.perform(state(IN_VALDIVIA, 1, "{}").with(editor())), 422, "InvalidComment", "resuelto");
        error(mvc.perform(state(IN_VALDIVIA, 9, "{\"resuelto\":true}").with(editor())), 404, "CommentNotFound", "9");
        error(
                mvc.perform(
                        get("/collections/" + READ_ONLY + "/items/1/comments").with(admin())),
                404,
                "CollectionNotFound",
                READ_ONLY);
        error(mvc.perform(get("/collections/nada/items/1/comments").with(admin())), 404, "CollectionNotFound", "nada");
        error(mvc.perform(get(comments(7)).with(admin())), 404, "FeatureNotFound", "7");
        assertThat(comments.count(LAYER, IN_VALDIVIA)).isZero();
    }

    @Test
    void aFeatureHoldsAtMostFiveHundredComments() throws Exception {
        for (int i = 0; i < ReviewComments.MAX_PER_FEATURE; i++) {
            comments.add(LAYER, IN_VALDIVIA, "14101", EDITOR, "comentario " + i);
        }
        error(
                mvc.perform(comment(IN_VALDIVIA, "{\"texto\":\"uno más\"}").with(admin())),
                422,
                "TooManyComments",
                "500");
        assertThat(comments.count(LAYER, IN_VALDIVIA)).isEqualTo(ReviewComments.MAX_PER_FEATURE);
    }

    private static String comments(long feature) {
        return "/collections/" + LAYER + "/items/" + feature + "/comments";
    }

    private static MockHttpServletRequestBuilder comment(long feature, String body) {
        return post(comments(feature)).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static MockHttpServletRequestBuilder state(long feature, long id, String body) {
        return put(comments(feature) + "/" + id)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    private static RequestPostProcessor editor() {
        return user(EDITOR).roles("EDITOR");
    }

    private static RequestPostProcessor admin() {
        return user("admin").roles("ADMIN");
    }

    private static void unauthorized(ResultActions result) throws Exception {
        error(result, 401, "Unauthorized", "autenticación");
    }

    private static void error(ResultActions result, int status, String code, String naming) throws Exception {
        result.andExpect(status().is(status))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.description").value(containsString(naming)));
    }
}
