package vn.soi.web.page;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Formats times for pages, in Vietnam's time zone and the Vietnamese day/month/year order. */
public final class Dates {
    /** The time zone of the people using Soi. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(ZONE);

    private Dates() {
    }

    /**
     * @param instant a time
     * @return e.g. {@code 23/11/2026 22:05:09}
     */
    public static String format(Instant instant) {
        return FORMAT.format(instant);
    }
}
