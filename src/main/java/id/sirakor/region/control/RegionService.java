package id.sirakor.region.control;

import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.time.IndonesianTime;
import id.sirakor.region.entity.Region;
import id.sirakor.region.entity.RegionLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The official region tree: read-only look-ups and search for pickers and the API. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RegionService {

    @PersistenceContext
    EntityManager em;

    /**
     * Regions whose name (or code) matches {@code q}, optionally of one level and below one
     * parent (any ancestor: "13" finds villages of Sumatera Barat). Word-prefix matches first,
     * then larger areas first (shorter codes), then by name.
     */
    public List<Region> search(String q, RegionLevel level, String parentCode, Integer limit) {
        RegionSearch s = new RegionSearch(q);
        StringBuilder jpql = new StringBuilder("select r from Region r where 1 = 1");
        if (!s.isEmpty()) {
            jpql.append(s.isCode() ? " and r.code like :code escape '!'" : " and r.nameLower like :contains escape '!'");
        }
        if (level != null) {
            jpql.append(" and r.level = :level");
        }
        String parent = parentCode == null || parentCode.isBlank() ? null : parentCode.trim();
        if (parent != null) {
            jpql.append(" and r.code like :under escape '!'");
        }
        jpql.append(" order by ");
        if (!s.isEmpty() && !s.isCode()) {
            jpql.append("case when r.nameLower like :prefix escape '!' or r.nameLower like :word escape '!'"
                    + " then 0 else 1 end, ");
        }
        jpql.append("length(r.code), r.nameLower, r.code");
        TypedQuery<Region> query = em.createQuery(jpql.toString(), Region.class);
        if (!s.isEmpty()) {
            if (s.isCode()) {
                query.setParameter("code", s.codePrefix());
            } else {
                query.setParameter("contains", s.contains());
                query.setParameter("prefix", s.prefix());
                query.setParameter("word", s.wordPrefix());
            }
        }
        if (level != null) {
            query.setParameter("level", level);
        }
        if (parent != null) {
            query.setParameter("under", RegionSearch.escape(parent) + ".%");
        }
        return query.setMaxResults(RegionSearch.limit(limit)).getResultList();
    }

    public Optional<Region> find(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Region.class, code.trim()));
    }

    public Region require(String code) {
        return find(code).orElseThrow(() -> BusinessException.notFound("region.notFound", code));
    }

    public boolean exists(String code) {
        return find(code).isPresent();
    }

    public List<Region> children(String code) {
        return em.createQuery("select r from Region r where r.parentCode = :p order by r.code", Region.class)
                .setParameter("p", code).getResultList();
    }

    /** Number of regions of a level inside an area (the area itself excluded). */
    public long countBelow(String code, RegionLevel level) {
        return em.createQuery("select count(r) from Region r where r.code like :under and r.level = :l", Long.class)
                .setParameter("under", code + ".%").setParameter("l", level).getSingleResult();
    }

    public Region province(String code) {
        return require(code.trim().substring(0, Math.min(2, code.trim().length())));
    }

    /** The time zone of the province that contains any region code. */
    public ZoneId zoneOf(String code) {
        Region p = province(code);
        return p.zone() != null ? p.zone() : IndonesianTime.zoneOfProvince(p.getCode());
    }

    public long count(RegionLevel level) {
        return em.createQuery("select count(r) from Region r where r.level = :l", Long.class).setParameter("l", level)
                .getSingleResult();
    }
}
