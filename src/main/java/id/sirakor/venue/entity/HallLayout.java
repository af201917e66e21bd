package id.sirakor.venue.entity;

/** Seating layouts a hall's capacity is quoted for. */
public enum HallLayout {
    THEATRE, CLASSROOM, U_SHAPE, ROUND_TABLE
}
