package vn.soi.corpora.world;

/** A member's place in the cell: the head (also cell secretary), a deputy (also deputy secretary), or staff. */
public enum Role {
    HEAD, DEPUTY, STAFF;

    /** True for heads and deputies, who write the leader's template and state their responsibility. */
    public boolean isLeader() {
        return this != STAFF;
    }
}
