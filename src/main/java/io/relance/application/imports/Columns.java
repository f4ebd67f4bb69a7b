package io.relance.application.imports;

import io.relance.domain.contact.ClosingDay;
import io.relance.domain.contact.ContactDetails;
import io.relance.domain.contact.OutletDetails;
import io.relance.domain.contact.Topics;
import io.relance.domain.imports.ImportField;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The columns of an export, which are the import's own: the header is each field's label and each
 * value is written in a form the import reads back (French words for choices, E.164 phones, ISO
 * dates), so that exporting and importing again loses nothing.
 */
final class Columns {

    static final List<ImportField> CONTACT = List.of(ImportField.CIVILITY, ImportField.FIRST_NAME,
            ImportField.LAST_NAME, ImportField.BEAT, ImportField.OUTLET, ImportField.TOPICS, ImportField.TIER,
            ImportField.LANDLINE, ImportField.MOBILE, ImportField.EMAIL, ImportField.TIME_ZONE,
            ImportField.CALL_WINDOWS, ImportField.LANGUAGE, ImportField.OWNER, ImportField.NOTES,
            ImportField.CONFIDENTIAL_NOTES, ImportField.LEGAL_BASIS, ImportField.LEGAL_BASIS_DATE,
            ImportField.LEGAL_BASIS_SOURCE, ImportField.DO_NOT_CALL, ImportField.DO_NOT_CALL_REASON,
            ImportField.OPTED_OUT, ImportField.OPTED_OUT_REASON);

    static final List<ImportField> OUTLET = List.of(ImportField.OUTLET, ImportField.OUTLET_TYPE,
            ImportField.OUTLET_PERIODICITY, ImportField.OUTLET_CLOSING, ImportField.OUTLET_SCALE,
            ImportField.OUTLET_TIER, ImportField.OUTLET_TOPICS);

    private final ReportText french = new ReportText(Locale.FRENCH);

    static List<String> headers(List<ImportField> fields) {
        return fields.stream().map(ImportField::label).toList();
    }

    List<String> contact(ContactDetails d) {
        List<String> v = new ArrayList<>(CONTACT.size());
        v.add(word(d.civility()));
        v.add(d.firstName());
        v.add(d.lastName());
        v.add(d.beat());
        v.add(d.outletName());
        v.add(Topics.display(d.topics()));
        v.add(d.tier() == null ? null : d.tier().name());
        v.add(d.landline());
        v.add(d.mobile());
        v.add(d.email());
        v.add(d.timeZone());
        v.add(d.callWindows());
        v.add(d.language());
        v.add(d.ownerEmail());
        v.add(d.notes());
        v.add(d.confidentialNotes());
        v.add(word(d.legalBasis()));
        v.add(d.legalBasisDate() == null ? null : d.legalBasisDate().toString());
        v.add(d.legalBasisSource());
        v.add(d.doNotCall() ? "oui" : null);
        v.add(d.doNotCallReason());
        v.add(d.optedOut() ? "oui" : null);
        v.add(d.optedOutReason());
        return v;
    }

    List<String> outlet(OutletDetails o) {
        ClosingDay closing = o.closingDay();
        return java.util.Arrays.asList(o.name(), word(o.type()), word(o.periodicity()),
                closing == null ? null : closing.display(Locale.FRENCH), word(o.scale()),
                o.tier() == null ? null : o.tier().name(), Topics.display(o.topics()));
    }

    private String word(Enum<?> value) {
        return value == null ? null : french.text("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
