package id.sirakor.platform.document;

import id.sirakor.identity.entity.OrgUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/**
 * Letter numbers, unique and gap-free per unit and year: the counter row is locked FOR UPDATE in
 * the caller's transaction, so a number is used exactly when the letter that took it commits
 * (a rollback gives it back) and two secretaries never get the same one. The format is the
 * unit's pattern ({@link LetterNumbers}); units without one use {@link #DEFAULT_PATTERN}.
 */
@ApplicationScoped
public class LetterNumberService {

    public static final String DEFAULT_PATTERN = "{seq}/UND/{unit}/{month-roman}/{year}";

    @PersistenceContext
    EntityManager em;

    @Inject
    LetterNumberService self;

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(OrgUnit unit, LocalDate date) {
        String pattern = unit.getLetterPattern() == null || unit.getLetterPattern().isBlank() ? DEFAULT_PATTERN : unit.getLetterPattern();
        int year = date.getYear();
        Integer last = lockedLast(unit.getId(), year);
        if (last == null) {
            try {
                self.createRow(unit.getId(), year);
            } catch (RuntimeException createdMeanwhile) {
                // another transaction created the row first: it is just as good
            }
            last = lockedLast(unit.getId(), year);
        }
        int seq = last + 1;
        em.createNativeQuery("UPDATE letter_counter SET last_seq = ?1 WHERE unit_id = ?2 AND year_no = ?3")
                .setParameter(1, seq).setParameter(2, unit.getId()).setParameter(3, year).executeUpdate();
        return LetterNumbers.format(pattern, seq, date, unit.getCode());
    }

    private Integer lockedLast(long unitId, int year) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery("SELECT last_seq FROM letter_counter WHERE unit_id = ?1 AND year_no = ?2 FOR UPDATE")
                .setParameter(1, unitId).setParameter(2, year).getResultList();
        return rows.isEmpty() ? null : rows.get(0).intValue();
    }

    /** The year's first number: the row is created on its own, a concurrent creator's row is just as good. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void createRow(long unitId, int year) {
        try {
            em.createNativeQuery("INSERT INTO letter_counter (unit_id, year_no, last_seq) VALUES (?1, ?2, 0)")
                    .setParameter(1, unitId).setParameter(2, year).executeUpdate();
        } catch (PersistenceException duplicate) {
            // created meanwhile by another transaction
        }
    }
}
