package org.pulseport.app.store;

/** Whose workout sync queue entries a monitoring query counts: every profile's, or one profile's. */
public sealed interface QueueScope {

    /** Every profile (the seed's monitoring queries as written; clinic staff look after many). */
    QueueScope ALL_PROFILES = new AllProfiles();

    /** One profile's entries. */
    static QueueScope profile(long profileId) {
        return new OneProfile(profileId);
    }

    /** The condition to append to a WHERE clause: empty, or one on {@code profile_id} (a number, never text). */
    String condition();

    /** Every profile. */
    record AllProfiles() implements QueueScope {
        @Override
        public String condition() {
            return "";
        }
    }

    /** The entries of the profile {@code profileId}. */
    record OneProfile(long profileId) implements QueueScope {
        @Override
        public String condition() {
            return " AND profile_id = " + profileId;
        }
    }
}
