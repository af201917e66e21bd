package id.sirakor.demo;

import id.sirakor.event.control.EventService;
import id.sirakor.event.entity.Event;
import id.sirakor.event.entity.EventSession;
import id.sirakor.event.entity.EventStatus;
import id.sirakor.event.entity.SessionKind;
import id.sirakor.minutes.entity.Minutes;
import id.sirakor.minutes.entity.MinutesPoint;
import id.sirakor.news.control.NewsComposer;
import id.sirakor.news.entity.NewsDraft;
import id.sirakor.identity.control.RequestAuditContext;
import id.sirakor.platform.clock.AppClock;
import id.sirakor.platform.config.Settings;
import id.sirakor.platform.persistence.Migrations;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;

/**
 * Demo news release drafts (issue 14): in the approved minutes of the past events, the opening
 * speaker's point and the first talk's speaker point are marked "kutipan", and the draft is
 * generated from them, so the README JAR shows /manage/news.xhtml filled. Runs after DemoMinutes.
 */
@ApplicationScoped
public class DemoNews {

    private static final Logger LOG = Logger.getLogger(DemoNews.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AppClock clock;

    @Inject
    NewsComposer composer;

    @Inject
    DemoNews self;

    void onSchemaReady(@Observes @Priority(3100) Migrations.SchemaReady ready) {
        if (Settings.demoMode()) {
            RequestAuditContext.runAsSystem("system:demo-data", () -> {
                int n = self.drafts();
                if (n > 0) {
                    LOG.info("Demo news release drafts written for " + n + " past events.");
                }
            });
        }
    }

    @Transactional
    public int drafts() {
        int n = 0;
        for (Event e : em.createQuery("select e from Event e where e.status = :s order by e.id", Event.class)
                .setParameter("s", EventStatus.CLOSED).getResultList()) {
            List<Minutes> approved = em.createQuery("select m from Minutes m where m.eventId = :e and m.status = :s order by m.versionNo desc",
                    Minutes.class).setParameter("e", e.getId()).setParameter("s", Minutes.Status.APPROVED).setMaxResults(1).getResultList();
            if (approved.isEmpty() || em.createQuery("select count(n) from NewsDraft n where n.eventId = :e", Long.class)
                    .setParameter("e", e.getId()).getSingleResult() > 0) {
                continue;
            }
            EventService.initialize(e);
            markQuotes(e, approved.get(0));
            NewsDraft d = new NewsDraft(e.getId());
            NewsComposer.Result r = composer.compose(e);
            d.setTitle(r.article().title());
            d.setBody(r.article().body());
            d.setMinutesVersion(r.minutes() == null ? null : r.minutes().getVersionNo());
            d.setMinutesStatus(r.minutes() == null ? null : r.minutes().getStatus().name());
            d.setGeneratedAt(clock.now());
            d.setGeneratedBy("sumbar.sekretariat");
            d.setUpdatedAt(clock.now());
            d.setUpdatedBy("sumbar.sekretariat");
            em.persist(d);
            n++;
        }
        return n;
    }

    /** The opening speaker's point and the first talk's first speaker point. */
    private void markQuotes(Event e, Minutes m) {
        boolean opening = false;
        boolean talk = false;
        for (EventSession s : e.getSessions()) {
            boolean isOpening = s.getKind() == SessionKind.SAMBUTAN && !opening;
            boolean isTalk = s.getKind() == SessionKind.PAPARAN && !talk;
            if (!isOpening && !isTalk) {
                continue;
            }
            List<MinutesPoint> ps = em.createQuery("select p from MinutesPoint p where p.minutesId = :m and p.sessionId = :s"
                    + " and p.byKind = :k order by p.seq", MinutesPoint.class).setParameter("m", m.getId()).setParameter("s", s.getId())
                    .setParameter("k", MinutesPoint.By.SPEAKER).setMaxResults(1).getResultList();
            if (!ps.isEmpty()) {
                ps.get(0).setQuote(true);
                opening |= isOpening;
                talk |= isTalk;
            }
        }
        em.flush();
    }
}
