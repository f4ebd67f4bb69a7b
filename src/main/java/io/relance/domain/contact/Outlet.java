package io.relance.domain.contact;

import io.relance.domain.tenant.TenantRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.DayOfWeek;
import java.time.Instant;

/** A media outlet ("média"): a newspaper, a radio, a blog... Its name is unique in the agency. */
@Entity
@Table(name = "outlet")
public class Outlet extends TenantRecord {

    @Column(nullable = false, length = 160)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private OutletType type;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Periodicity periodicity;

    @Column(name = "closing_weekday")
    private Integer closingWeekday;

    @Column(name = "closing_month_day")
    private Integer closingMonthDay;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Scale scale;

    @Enumerated(EnumType.STRING)
    @Column(length = 1)
    private Tier tier;

    @Column(length = 500)
    private String topics;

    protected Outlet() {
    }

    public Outlet(OutletDetails details, Instant createdAt) {
        super(createdAt);
        apply(details);
    }

    public final void apply(OutletDetails d) {
        name = d.name();
        type = d.type();
        periodicity = d.periodicity();
        closingWeekday = d.closingDay() == null || d.closingDay().weekday() == null ? null : d.closingDay().weekday().getValue();
        closingMonthDay = d.closingDay() == null ? null : d.closingDay().dayOfMonth();
        scale = d.scale();
        tier = d.tier();
        topics = d.topics();
    }

    public OutletDetails details() {
        ClosingDay closing = closingWeekday != null ? new ClosingDay(DayOfWeek.of(closingWeekday), null)
                : closingMonthDay != null ? new ClosingDay(null, closingMonthDay) : null;
        return new OutletDetails(name, type, periodicity, closing, scale, tier, topics);
    }

    public String getName() {
        return name;
    }
}
