package id.sirakor.onsite.entity;

/** Items of a susunan acara: what the MC announces and the committee prepares for. */
public enum RundownKind {
    REGISTRASI, PEMBUKAAN, LAGU_KEBANGSAAN, DOA, SAMBUTAN, PAPARAN, DISKUSI, FOTO, ISTIRAHAT, PENUTUPAN, LAINNYA
}
