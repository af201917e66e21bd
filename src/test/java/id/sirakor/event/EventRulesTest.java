package id.sirakor.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sirakor.event.control.Materials;
import id.sirakor.event.entity.EventStatus;
import id.sirakor.speaker.entity.Speaker;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class EventRulesTest {

    @Test
    void namesArePrintedWithTitlesTheIndonesianWay() {
        assertEquals("Drs. P. Marpaung, M.M.", Speaker.formatName(null, "Drs.", "P. Marpaung", "M.M."));
        assertEquals("AKP Djoko Purwanto", Speaker.formatName("AKP", null, "Djoko Purwanto", null));
        assertEquals("Alni, S.H., M.Kn.", Speaker.formatName(null, " ", "Alni", "S.H., M.Kn."));
    }

    @Test
    void timesAreReadAsIndonesiansWriteThem() {
        assertEquals(java.time.LocalTime.of(9, 0), id.sirakor.platform.web.TimeOfDayConverter.parse("09.00"));
        assertEquals(java.time.LocalTime.of(9, 0), id.sirakor.platform.web.TimeOfDayConverter.parse("9"));
        assertEquals(java.time.LocalTime.of(13, 30), id.sirakor.platform.web.TimeOfDayConverter.parse("13:30"));
        assertEquals(java.time.LocalTime.of(7, 5), id.sirakor.platform.web.TimeOfDayConverter.parse(" 0705 "));
        assertNull(id.sirakor.platform.web.TimeOfDayConverter.parse("24.00"));
        assertNull(id.sirakor.platform.web.TimeOfDayConverter.parse("9.75"));
        assertNull(id.sirakor.platform.web.TimeOfDayConverter.parse("jam sembilan"));
    }

    @Test
    void statusWorkflowOnlyMovesForwardExceptUnpublishing() {
        assertEquals(EnumSet.of(EventStatus.PUBLISHED), EventStatus.DRAFT.next());
        assertEquals(EnumSet.of(EventStatus.DRAFT, EventStatus.ONGOING), EventStatus.PUBLISHED.next());
        assertEquals(EnumSet.of(EventStatus.CLOSED), EventStatus.ONGOING.next());
        assertEquals(EnumSet.of(EventStatus.ARCHIVED), EventStatus.CLOSED.next());
        assertTrue(EventStatus.ARCHIVED.next().isEmpty());
        assertTrue(EventStatus.ONGOING.timetableEditable());
        assertFalse(EventStatus.CLOSED.timetableEditable());
        assertFalse(EventStatus.DRAFT.isPublic());
        assertTrue(EventStatus.CLOSED.isPublic());
    }

    @Test
    void materialTypeIsDecidedByContentNotName() throws Exception {
        assertEquals(Materials.PDF, Materials.detect("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)));
        assertNull(Materials.detect("<html>not a pdf</html>".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Materials.PPTX, Materials.detect(zip("[Content_Types].xml", "ppt/presentation.xml")));
        assertNull(Materials.detect(zip("[Content_Types].xml", "word/document.xml")), "a .docx is not a presentation");
        assertNull(Materials.detect(new byte[] {'P', 'K', 3, 4, 0, 0}), "a broken zip");
    }

    private static byte[] zip(String... names) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (String n : names) {
                z.putNextEntry(new ZipEntry(n));
                z.write("<x/>".getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
