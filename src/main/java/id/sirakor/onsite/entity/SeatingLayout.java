package id.sirakor.onsite.entity;

/** How the officials' seats are arranged: the VIP rows of a theatre, a head table, round tables. */
public enum SeatingLayout {
    THEATRE, HEAD_TABLE, ROUND
}
