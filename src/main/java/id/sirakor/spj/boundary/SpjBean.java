package id.sirakor.spj.boundary;

import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.text.Rupiah;
import id.sirakor.platform.web.Faces;
import id.sirakor.spj.control.SpjRates;
import id.sirakor.spj.control.SpjService;
import id.sirakor.spj.entity.SpjCategory;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;

/** The event's SPJ page: the computed table with what is missing, the downloads, a speaker's finance data in a dialog. */
@Named
@ViewScoped
public class SpjBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SpjService spj;

    @Inject
    SpjRates rates;

    private Long id;
    private boolean found;
    private String title;
    private transient SpjService.Spj data;

    private Long financeId;
    private String financeName;
    private boolean asn;
    private String golongan;
    private String nip;
    private String npwp;
    private String category;
    private String bankName;
    private String accountNo;
    private String accountHolder;

    public void load() {
        if (Faces.context().isPostback()) {
            return;
        }
        try {
            data = spj.compute(id == null ? -1 : id);
            title = data.eventTitle();
            found = true;
        } catch (BusinessException e) {
            found = false;
            Faces.refused(e);
        }
    }

    public SpjService.Spj getData() {
        if (data == null && found) {
            data = spj.compute(id);
        }
        return data;
    }

    public void editFinance(long speakerId) {
        try {
            SpjRates.FinanceView f = rates.finance(speakerId);
            financeId = f.speakerId();
            financeName = f.name();
            asn = f.asn();
            golongan = f.golongan();
            nip = f.nip();
            npwp = f.npwp();
            category = f.category();
            bankName = f.bankName();
            accountNo = f.accountNo();
            accountHolder = f.accountHolder();
        } catch (BusinessException e) {
            financeId = null;
            Faces.error(null, e.key(), e.args());
        }
    }

    public void saveFinance() {
        try {
            rates.saveFinance(financeId, new SpjRates.FinanceForm(asn, golongan, nip, npwp, category, bankName, accountNo, accountHolder));
            Faces.info("spj.financeSaved", financeName);
            financeId = null;
            data = null;
        } catch (BusinessException e) {
            Faces.error(e.field() == null ? null : "finance:" + e.field(), e.key(), e.args());
        }
    }

    public String rupiah(BigDecimal a) {
        return Rupiah.format(a);
    }

    public String decimal(BigDecimal a) {
        return a == null ? "" : a.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    public SpjCategory[] getCategories() { return SpjCategory.values(); }
    public String[] getGolongans() { return new String[] {"I", "II", "III", "IV"}; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public boolean isFound() { return found; }
    public String getTitle() { return title; }
    public Long getFinanceId() { return financeId; }
    public String getFinanceName() { return financeName; }
    public boolean isAsn() { return asn; }
    public void setAsn(boolean asn) { this.asn = asn; }
    public String getGolongan() { return golongan; }
    public void setGolongan(String golongan) { this.golongan = golongan; }
    public String getNip() { return nip; }
    public void setNip(String nip) { this.nip = nip; }
    public String getNpwp() { return npwp; }
    public void setNpwp(String npwp) { this.npwp = npwp; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getBankName() { return bankName; }
    public void setBankName(String bankName) { this.bankName = bankName; }
    public String getAccountNo() { return accountNo; }
    public void setAccountNo(String accountNo) { this.accountNo = accountNo; }
    public String getAccountHolder() { return accountHolder; }
    public void setAccountHolder(String accountHolder) { this.accountHolder = accountHolder; }
}
