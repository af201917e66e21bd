package id.sirakor.platform.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The page shown again after an expired view keeps its parameters only from a Referer of that page. */
class ShowAfreshTest {

    @Test
    void theQueryOfTheSamePageIsKept() {
        assertEquals("id=6&tab=2", FacesErrorHandler.samePageQuery("https://rakor.example.go.id/manage/event.xhtml?id=6&tab=2",
                "/manage/event.xhtml"));
        assertEquals("id=6", FacesErrorHandler.samePageQuery("http://127.0.0.1:8080/sirakor/manage/event.xhtml?id=6",
                "/sirakor/manage/event.xhtml"));
    }

    @Test
    void anythingElseGivesNoQuery() {
        assertNull(FacesErrorHandler.samePageQuery(null, "/manage/event.xhtml"));
        assertNull(FacesErrorHandler.samePageQuery("https://x.example/manage/users.xhtml?id=6", "/manage/event.xhtml"));
        assertNull(FacesErrorHandler.samePageQuery("https://x.example/manage/event.xhtml", "/manage/event.xhtml"));
        assertNull(FacesErrorHandler.samePageQuery("https://x.example/manage/event.xhtml?", "/manage/event.xhtml"));
        assertNull(FacesErrorHandler.samePageQuery("not a uri with spaces?id=6", "/manage/event.xhtml"));
        assertNull(FacesErrorHandler.samePageQuery("https://x.example/manage/event.xhtml?id=" + "6".repeat(3000),
                "/manage/event.xhtml"));
    }
}
