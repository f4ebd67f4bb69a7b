package io.relance.interfaces.web.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * {@code #{dates.at(instant)}}: a moment as the viewer reads it ("24 nov. 2026, 10:15"), in the
 * agency's time zone (Paris until agencies choose theirs). Faces 4.0 has no converter for Instant.
 */
@Named
@ApplicationScoped
public class Dates {

    @jakarta.inject.Inject
    io.relance.application.tenant.AgencyZone agencyZone;

    public String at(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .withZone(agencyZone.get()).format(instant);
    }

    /** A day, e.g. "24 nov. 2026". */
    public String day(java.time.LocalDate day) {
        if (day == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(day);
    }

    /** A day written as 2026-11-24 (a key of a table by day), e.g. "24 nov. 2026". */
    public String isoDay(String iso) {
        return iso == null || iso.isBlank() ? "" : day(java.time.LocalDate.parse(iso));
    }

    /** A time of day in the agency's zone, e.g. "09:30". */
    public String time(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("HH:mm").withZone(agencyZone.get()).format(instant);
    }

    /** A day of the week and a date, e.g. "mardi 24 novembre". */
    public String longDay(java.time.LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofPattern("EEEE d MMMM", locale()).format(day);
    }

    private static java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
