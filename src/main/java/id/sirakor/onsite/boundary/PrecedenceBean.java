package id.sirakor.onsite.boundary;

import id.sirakor.onsite.control.Protocol;
import id.sirakor.onsite.control.SeatingService;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A unit's order of precedence (manage/precedence.xhtml?unit=…): reorder by dragging or with the
 * arrows, rename, add a local rank, remove, return to the documented defaults. The list is saved
 * as a whole; SeatingService validates it.
 */
@Named
@ViewScoped
public class PrecedenceBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SeatingService seating;

    /** One line being edited. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String code;
        private String label;

        Row(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String getCode() { return code; }
        public String getLabel() { return label; }
        public void setLabel(String label) { this.label = label; }
    }

    private Long unit;
    private Long event;
    private boolean found;
    private boolean writable;
    private boolean own;
    private boolean dirty;
    private String unitName;
    private List<Row> rows = new ArrayList<>();
    private String newLabel;

    public void load() {
        if (Faces.context().isPostback()) {
            return;
        }
        try {
            read();
            found = true;
        } catch (BusinessException e) {
            found = false;
            Faces.refused(e);
        }
    }

    private void read() {
        SeatingService.PrecedenceList l = seating.precedenceList(unit == null ? -1 : unit);
        unitName = l.unitName();
        writable = l.writable();
        own = l.own();
        rows = new ArrayList<>();
        l.ranks().forEach(r -> rows.add(new Row(r.code(), r.label())));
        dirty = false;
    }

    public void up(int i) {
        if (i > 0 && i < rows.size()) {
            rows.add(i - 1, rows.remove(i));
            dirty = true;
        }
    }

    public void down(int i) {
        if (i >= 0 && i < rows.size() - 1) {
            rows.add(i + 1, rows.remove(i));
            dirty = true;
        }
    }

    public void remove(int i) {
        if (i >= 0 && i < rows.size()) {
            rows.remove(i);
            dirty = true;
        }
    }

    /** Dragging a row: PrimeFaces has already moved it in the list. */
    public void reordered() {
        dirty = true;
    }

    public void add() {
        if (newLabel == null || newLabel.isBlank()) {
            Faces.error("list:newLabel", "precedence.labelRequired");
            return;
        }
        rows.add(new Row(codeFor(newLabel, rows), newLabel.trim()));
        newLabel = null;
        dirty = true;
    }

    /** A code from the label (GURU_BESAR for "Guru Besar"), unique in the list. */
    static String codeFor(String label, List<Row> rows) {
        String base = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT)
                .replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (base.length() > 36) {
            base = base.substring(0, 36).replaceAll("_+$", "");
        }
        if (base.isEmpty()) {
            base = "LOKAL";
        }
        String code = base;
        for (int n = 2; contains(rows, code); n++) {
            code = base + "_" + n;
        }
        return code;
    }

    private static boolean contains(List<Row> rows, String code) {
        return rows.stream().anyMatch(r -> r.getCode().equals(code));
    }

    public void save() {
        try {
            List<Protocol.Rank> ranks = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                ranks.add(new Protocol.Rank(rows.get(i).getCode(), rows.get(i).getLabel(), (i + 1) * 10));
            }
            if (ranks.isEmpty()) {
                throw BusinessException.invalid("ranks", "precedence.empty");
            }
            seating.savePrecedence(unit, ranks);
            read();
            Faces.info("precedence.saved");
        } catch (BusinessException e) {
            Faces.error(null, e.key(), e.args());
        }
    }

    public void reset() {
        try {
            seating.savePrecedence(unit, List.of());
            read();
            Faces.info("precedence.resetDone");
        } catch (BusinessException e) {
            Faces.error(null, e.key(), e.args());
        }
    }

    public Long getUnit() { return unit; }
    public void setUnit(Long unit) { this.unit = unit; }
    public Long getEvent() { return event; }
    public void setEvent(Long event) { this.event = event; }
    public boolean isFound() { return found; }
    public boolean isWritable() { return writable; }
    public boolean isOwn() { return own; }
    public boolean isDirty() { return dirty; }
    public String getUnitName() { return unitName; }
    public List<Row> getRows() { return rows; }
    public String getNewLabel() { return newLabel; }
    public void setNewLabel(String newLabel) { this.newLabel = newLabel; }
}
