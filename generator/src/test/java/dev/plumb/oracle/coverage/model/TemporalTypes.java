package dev.plumb.oracle.coverage.model;

import jakarta.persistence.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/** Dates, times and timestamps with and without time zone, with explicit precisions; {@code Duration}. */
@Entity
public class TemporalTypes {
    @Id
    private Long id;

    private LocalDate calendarDay;
    private LocalTime clock;
    private LocalDateTime localStamp;
    @Column(secondPrecision = 3)
    private LocalDateTime millisStamp;
    private Instant instant;
    private OffsetDateTime offsetStamp;
    private ZonedDateTime zonedStamp;
    @Column(secondPrecision = 0)
    private OffsetDateTime secondsStamp;
    private Duration elapsed;
}
