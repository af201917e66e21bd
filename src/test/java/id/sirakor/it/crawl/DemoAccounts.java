package id.sirakor.it.crawl;

import java.util.List;

/** The demo accounts of the README (demo/DemoData), every one of which the crawl logs in as. */
final class DemoAccounts {

    static final String PASSWORD = "rakor2026demo";

    static final List<String> ALL = List.of("admin", "ri.sekretariat", "sumbar.sekretariat", "banjarnegara.sekretariat",
            "balikpapan.sekretariat", "sumbar.notulis", "narasumber.demo", "operator.bkpsdm",
            "petugas.demo", "pdp.demo");

    private DemoAccounts() {
    }
}
