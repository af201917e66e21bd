package id.sirakor.spj.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * What the finance office needs to pay a speaker: ASN or not, golongan, NIP, NPWP, SBM category,
 * bank account. Personal data: only the secretariat of the speaker's owner unit and ADMIN see it
 * unmasked (ADR 0093).
 */
@Entity
@Table(name = "speaker_finance")
public class SpeakerFinance {

    @Id
    @Column(name = "speaker_id")
    private Long speakerId;
    private boolean asn;
    @Size(max = 3)
    private String golongan;
    @Size(max = 18)
    private String nip;
    @Size(max = 20)
    private String npwp;
    @Enumerated(EnumType.STRING)
    private SpjCategory category;
    @Size(max = 60)
    @Column(name = "bank_name")
    private String bankName;
    @Size(max = 30)
    @Column(name = "account_no")
    private String accountNo;
    @Size(max = 150)
    @Column(name = "account_holder")
    private String accountHolder;
    @Column(name = "updated_at")
    private Instant updatedAt;

    public Long getSpeakerId() { return speakerId; }
    public void setSpeakerId(Long speakerId) { this.speakerId = speakerId; }
    public boolean isAsn() { return asn; }
    public void setAsn(boolean asn) { this.asn = asn; }
    public String getGolongan() { return golongan; }
    public void setGolongan(String golongan) { this.golongan = golongan; }
    public String getNip() { return nip; }
    public void setNip(String nip) { this.nip = nip; }
    public String getNpwp() { return npwp; }
    public void setNpwp(String npwp) { this.npwp = npwp; }
    public SpjCategory getCategory() { return category; }
    public void setCategory(SpjCategory category) { this.category = category; }
    public String getBankName() { return bankName; }
    public void setBankName(String bankName) { this.bankName = bankName; }
    public String getAccountNo() { return accountNo; }
    public void setAccountNo(String accountNo) { this.accountNo = accountNo; }
    public String getAccountHolder() { return accountHolder; }
    public void setAccountHolder(String accountHolder) { this.accountHolder = accountHolder; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
