package id.sirakor.attendance.control;

import id.sirakor.event.entity.Event;
import id.sirakor.event.entity.EventDay;
import id.sirakor.identity.control.UnitScope;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.document.AttendanceSheet;
import id.sirakor.platform.document.AttendanceSheetPdf;
import id.sirakor.platform.document.LabeledValue;
import id.sirakor.platform.document.UnitLetterheads;
import id.sirakor.platform.i18n.Messages;
import id.sirakor.platform.privacy.PersonalDataLog;
import id.sirakor.platform.time.IndonesianTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The day's daftar hadir (signed) and the blank list for paper backup, as PDF. Both hold phone numbers: logged. */
@ApplicationScoped
@Transactional
public class AttendanceDocuments {

    @jakarta.inject.Inject
    PersonalDataLog personalData;

    @Inject
    AttendanceLists lists;

    @Inject
    UnitScope scope;

    @Inject
    AuditLog audit;

    public byte[] daftarHadir(long eventId, long dayId) {
        AttendanceLists.Sheet sheet = lists.sheet(eventId, dayId);
        personalData.record(PersonalDataLog.Access.EXPORT, "attendance-sheet", eventId, null, sheet.rows().size());
        return render(sheet, false);
    }

    public byte[] blankList(long eventId, long dayId) {
        return render(lists.blankSheet(eventId, dayId), true);
    }

    private byte[] render(AttendanceLists.Sheet s, boolean blank) {
        Event e = s.event();
        EventDay d = s.day();
        Locale id = Messages.INDONESIAN;
        List<LabeledValue> details = new ArrayList<>();
        details.add(new LabeledValue("Hari/Tanggal", IndonesianTime.date(d.getDayDate(), id) + " (hari ke-" + s.dayNo() + ")"));
        if (d.getStartsAt() != null && d.getEndsAt() != null) {
            details.add(new LabeledValue("Waktu", IndonesianTime.timeRange(d.getStartsAt(), d.getEndsAt(), e.zone(), id)));
        }
        if (d.getHall() != null) {
            details.add(new LabeledValue("Tempat", d.getHall().getName() + ", " + d.getHall().getVenue().getName()));
        }
        details.add(new LabeledValue("Penyelenggara", e.getUnit().getName()));
        List<AttendanceSheet.Row> rows = s.rows().stream().map(r -> new AttendanceSheet.Row(r.name(), r.nipPosition(),
                r.institution(), r.phone(), r.signaturePng(), note(r))).toList();
        String city = e.getUnit().getCity() == null ? "" : e.getUnit().getCity() + ", ";
        AttendanceSheet sheet = new AttendanceSheet(UnitLetterheads.of(e.getUnit()), blank ? "DAFTAR HADIR (CADANGAN)" : "DAFTAR HADIR",
                e.getTitle(), details, rows, blank, city + IndonesianTime.shortDate(d.getDayDate(), id),
                "Sekretariat " + e.getUnit().getName() + ",", scope.user().fullName(), "Halaman {0} dari {1}",
                new AttendanceSheet.Labels("No", "Nama", "NIP / Jabatan", "Instansi", "No. HP", "Tanda Tangan"));
        byte[] pdf = AttendanceSheetPdf.render(sheet);
        audit.record(blank ? "attendance.blankList" : "attendance.sheet", "Event", e.getId(), e.getUnit().getId(),
                e.getTitle() + " (" + rows.size() + ")", null, Map.of("dayId", d.getId()));
        return pdf;
    }

    private static String note(AttendanceLists.SheetRow r) {
        if (r.time() == null) {
            return null;
        }
        return "MANUAL".equals(r.method()) ? "hadir " + r.time() + " (dicatat manual)" : "hadir " + r.time();
    }
}
