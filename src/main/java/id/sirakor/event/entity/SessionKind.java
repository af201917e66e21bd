package id.sirakor.event.entity;

/** Parts of an Indonesian rakor agenda. */
public enum SessionKind {
    SAMBUTAN, PAPARAN, DISKUSI, SUMBANG_SARAN, PENUTUPAN, ISTIRAHAT, LAINNYA
}
