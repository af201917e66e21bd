package id.sirakor.event.entity;

/** Kinds of meeting a secretariat runs. */
public enum EventType {
    RAKOR, RAKORNAS, RAKOR_KONSOLIDASI, SOSIALISASI, BIMTEK, LAINNYA
}
