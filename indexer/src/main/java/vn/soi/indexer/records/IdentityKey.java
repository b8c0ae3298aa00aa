package vn.soi.indexer.records;

/** Who a record is about: a person ({@link PersonKey}) or a collective ({@link CollectiveKey}). */
public sealed interface IdentityKey permits PersonKey, CollectiveKey {

    /** The key of a register row: a collective's unit, or a person's name and unit. */
    static IdentityKey of(RegisterRecord record) {
        return record.collective() ? CollectiveKey.of(record.unit()) : PersonKey.of(record.subject(), record.unit());
    }
}
