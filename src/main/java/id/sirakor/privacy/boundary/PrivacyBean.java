package id.sirakor.privacy.boundary;

import id.sirakor.platform.web.Faces;
import id.sirakor.privacy.control.AccessLogQueries;
import id.sirakor.privacy.control.PrivacyService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/** The data protection officer's page: the personal-data access log of the officer's units and the deletion requests (ADR 0097). */
@Named
@ViewScoped
public class PrivacyBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    @Inject
    AccessLogQueries log;

    @Inject
    PrivacyService privacy;

    private LocalDate from;
    private LocalDate to;
    private String user;
    private Long eventId;
    private String subject;
    private transient List<PrivacyService.RequestRow> requests;
    private transient List<String> subjects;

    private final LazyDataModel<AccessLogQueries.Row> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, log.page(filter(), 0, 1).total());
        }

        @Override
        public List<AccessLogQueries.Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return log.page(filter(), first, pageSize).rows();
        }

        @Override
        public String getRowKey(AccessLogQueries.Row r) {
            return String.valueOf(r.id());
        }

        @Override
        public AccessLogQueries.Row getRowData(String key) {
            return null;
        }
    };

    private AccessLogQueries.Filter filter() {
        return new AccessLogQueries.Filter(from == null ? null : from.atStartOfDay(JAKARTA).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(JAKARTA).toInstant(),
                user == null || user.isBlank() ? null : user.strip(), eventId, subject == null || subject.isBlank() ? null : subject);
    }

    public void search() {
        // the lazy model reads the filter on its next load
    }

    public void clear() {
        from = null;
        to = null;
        user = null;
        eventId = null;
        subject = null;
    }

    public List<PrivacyService.RequestRow> getRequests() {
        if (requests == null) {
            requests = privacy.requests(false);
        }
        return requests;
    }

    public long getOpenRequests() {
        return getRequests().stream().filter(r -> "REQUESTED".equals(r.status())).count();
    }

    /** What was shown, in words ("Daftar peserta"); a code without a text shows as itself. */
    public String subjectLabel(String code) {
        if (code == null) {
            return "";
        }
        java.util.ResourceBundle b = id.sirakor.platform.i18n.Messages.bundle(Faces.locale());
        String key = "privacy.subject." + code;
        return b.containsKey(key) ? b.getString(key) : code;
    }

    public List<String> getSubjects() {
        if (subjects == null) {
            subjects = log.subjects();
        }
        return subjects;
    }

    public void carryOut(long id) {
        var q = privacy.carryOut(id);
        requests = null;
        Faces.info("privacy.carriedOut", q.getPseudonym(), q.getPersonsRows() == null ? 0 : q.getPersonsRows());
    }

    /** The filtered log as CSV (UTF-8 with BOM for Excel; cells that start like a formula are quoted with '). */
    public StreamedContent getCsv() {
        StringBuilder b = new StringBuilder("\uFEFF");
        b.append(String.join(";", "waktu", "pengguna", "peran", "unit", "acara_id", "acara", "data", "akses", "jumlah_orang", "alamat_ip")).append("\r\n");
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(JAKARTA);
        for (AccessLogQueries.Row r : log.export(filter())) {
            b.append(String.join(";", cell(f.format(r.at())), cell(r.username()), cell(r.roles()), cell(r.unitName()),
                    cell(r.eventId() == null ? "" : String.valueOf(r.eventId())), cell(r.eventTitle()), cell(r.subject()), cell(r.access()),
                    String.valueOf(r.persons()), cell(r.clientIp()))).append("\r\n");
        }
        return Faces.download("log-akses-data-pribadi.csv", "text/csv; charset=UTF-8", b.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String cell(String v) {
        if (v == null) {
            return "";
        }
        String s = v;
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.contains(";") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    public LazyDataModel<AccessLogQueries.Row> getModel() { return model; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate v) { from = v; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate v) { to = v; }
    public String getUser() { return user; }
    public void setUser(String v) { user = v == null || v.length() <= 100 ? v : v.substring(0, 100); }
    public Long getEventId() { return eventId; }
    public void setEventId(Long v) { eventId = v; }
    public String getSubject() { return subject; }
    public void setSubject(String v) { subject = v == null || v.length() <= 40 ? v : v.substring(0, 40); }
}
