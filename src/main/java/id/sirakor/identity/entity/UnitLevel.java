package id.sirakor.identity.entity;

/** Where a unit stands in the government hierarchy: RI → provinsi → kabupaten/kota. */
public enum UnitLevel {
    NATIONAL, PROVINCE, REGENCY, OTHER
}
