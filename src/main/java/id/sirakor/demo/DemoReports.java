package id.sirakor.demo;

import id.sirakor.event.entity.Event;
import id.sirakor.event.entity.EventStatus;
import id.sirakor.identity.control.RequestAuditContext;
import id.sirakor.platform.config.Settings;
import id.sirakor.platform.persistence.Migrations;
import id.sirakor.report.entity.EventReport;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * The laporan kegiatan texts of the past rakor of Bawaslu Provinsi Sumatera Barat on the
 * neutrality of village heads (demo event 4), written as a secretariat would, so that the README's
 * JAR shows a full report; the other past events keep the texts prefilled from their data. Left
 * unsigned: signing is the head's act, tried from the page. Demo mode only; runs after
 * {@link DemoMinutes}. The people are fictional.
 */
@ApplicationScoped
public class DemoReports {

    private static final Logger LOG = Logger.getLogger(DemoReports.class.getName());

    static final String TITLE_START = "Rapat Koordinasi Netralitas Kepala Desa";

    @PersistenceContext
    EntityManager em;

    @Inject
    DemoReports self;

    void onSchemaReady(@Observes @Priority(3100) Migrations.SchemaReady ready) {
        if (Settings.demoMode()) {
            RequestAuditContext.runAsSystem("system:demo-data", () -> {
                if (self.reports() > 0) {
                    LOG.info("Demo laporan kegiatan texts loaded.");
                }
            });
        }
    }

    @Transactional
    public int reports() {
        List<Event> events = em.createQuery("select e from Event e where e.status = :s and e.title like :t order by e.id", Event.class)
                .setParameter("s", EventStatus.CLOSED).setParameter("t", TITLE_START + "%").getResultList();
        int n = 0;
        for (Event e : events) {
            if (em.createQuery("select count(r) from EventReport r where r.eventId = :e", Long.class).setParameter("e", e.getId())
                    .getSingleResult() > 0) {
                continue;
            }
            EventReport r = new EventReport(e.getId());
            r.setBackground("Pemilihan Gubernur dan Wakil Gubernur, Bupati dan Wakil Bupati, serta Wali Kota dan Wakil Wali Kota "
                    + "Serentak Tahun 2024 menuntut netralitas seluruh penyelenggara pemerintahan hingga tingkat desa. Kepala desa, "
                    + "wali nagari dan lurah memiliki pengaruh langsung kepada masyarakat, sehingga keberpihakan mereka kepada "
                    + "pasangan calon tertentu berpotensi mencederai prinsip pemilihan yang jujur dan adil.\n"
                    + "Hasil pengawasan pada Pemilu 2024 di Sumatera Barat mencatat sejumlah dugaan pelanggaran netralitas oleh "
                    + "perangkat nagari dan desa, antara lain keikutsertaan dalam kegiatan kampanye, unggahan dukungan di media sosial "
                    + "dan penggunaan fasilitas pemerintahan nagari. Oleh karena itu Bawaslu Provinsi Sumatera Barat memandang perlu "
                    + "menyelenggarakan rapat koordinasi bersama pemerintah daerah, asosiasi kepala desa dan wali nagari, serta "
                    + "instansi terkait untuk menyamakan pemahaman dan memperkuat langkah pencegahan.");
            r.setLegalBasis("Undang-Undang Nomor 6 Tahun 2014 tentang Desa sebagaimana telah beberapa kali diubah, terakhir dengan "
                    + "Undang-Undang Nomor 3 Tahun 2024\n"
                    + "Undang-Undang Nomor 10 Tahun 2016 tentang Perubahan Kedua atas Undang-Undang Nomor 1 Tahun 2015 tentang Penetapan "
                    + "Peraturan Pemerintah Pengganti Undang-Undang Nomor 1 Tahun 2014 tentang Pemilihan Gubernur, Bupati, dan Wali Kota "
                    + "menjadi Undang-Undang\n"
                    + "Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum\n"
                    + "Peraturan Badan Pengawas Pemilihan Umum tentang Pengawasan Netralitas Pegawai Aparatur Sipil Negara, Anggota "
                    + "Tentara Nasional Indonesia, dan Anggota Kepolisian Negara Republik Indonesia\n"
                    + "Daftar Isian Pelaksanaan Anggaran (DIPA) Bawaslu Provinsi Sumatera Barat Tahun Anggaran 2024");
            r.setPurpose("Maksud kegiatan ini adalah membangun kesepahaman antara Bawaslu, pemerintah daerah dan pemerintahan desa/nagari "
                    + "tentang batasan netralitas kepala desa, wali nagari dan lurah pada Pemilihan Serentak 2024.\n"
                    + "Tujuan kegiatan ini adalah: (1) menginventarisasi potensi pelanggaran netralitas di tingkat desa dan nagari; "
                    + "(2) menyepakati mekanisme penerusan dan tindak lanjut temuan antara Bawaslu dan pemerintah kabupaten/kota; "
                    + "dan (3) mendorong kepala desa dan wali nagari menjadi teladan netralitas bagi perangkat dan warganya.");
            r.setConclusion("Rapat koordinasi berjalan lancar dan dihadiri oleh unsur pemerintah daerah, Bawaslu kabupaten/kota, "
                    + "asosiasi wali nagari serta instansi vertikal. Peserta sepakat bahwa kerawanan terbesar terletak pada penggunaan "
                    + "media sosial dan fasilitas pemerintahan nagari untuk kepentingan pasangan calon.\n"
                    + "Pemerintah daerah menyatakan kesiapan menindaklanjuti rekomendasi pengawas dalam waktu 14 hari kerja, dan "
                    + "Bawaslu Provinsi akan menyusun format pelaporan bersama yang digunakan seluruh kabupaten/kota.");
            r.setRecommendation("Bawaslu kabupaten/kota agar melaksanakan sosialisasi netralitas di tingkat kecamatan dan nagari "
                    + "sebelum masa kampanye dimulai.\n"
                    + "Pemerintah kabupaten/kota agar menerbitkan surat edaran tentang netralitas kepala desa, wali nagari dan lurah, "
                    + "serta melaporkan penjatuhan sanksi atas rekomendasi pengawas.\n"
                    + "Hasil rapat koordinasi ini agar dilaporkan kepada Bawaslu Republik Indonesia sebagai bahan pemetaan kerawanan "
                    + "nasional.");
            Instant at = e.endsAt() == null ? Instant.now() : e.endsAt().plus(Duration.ofDays(4));
            r.setUpdatedBy("sumbar.sekretariat");
            r.setUpdatedAt(at);
            em.persist(r);
            n++;
        }
        return n;
    }
}
