package io.relance.application.imports;

import io.relance.application.common.CsvOut;
import io.relance.application.contacts.AddressBook;
import io.relance.application.contacts.ContactQuery;
import io.relance.application.contacts.ContactRepository;
import io.relance.application.contacts.OutletRepository;
import io.relance.domain.contact.Contact;
import io.relance.domain.contact.Outlet;
import io.relance.domain.staff.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Exports the filtered contacts, or all outlets, as CSV (semicolons, UTF-8 with BOM: what Excel
 * opens in France) or XLSX (streamed, a window of rows in memory), page after page.
 */
@Stateless
@RolesAllowed({Role.CHEF_DE_PROJET_NAME, Role.DIRECTEUR_NAME})
public class ExportService {

    public enum Format {
        CSV, XLSX
    }

    private static final int PAGE = 2000;

    @Inject
    ContactRepository contacts;

    @Inject
    OutletRepository outlets;

    @Inject
    AddressBook book;

    public void contacts(ContactQuery query, Format format, OutputStream out) {
        Columns columns = new Columns();
        String region = book.region();
        write(format, out, Columns.headers(Columns.CONTACT), sink -> {
            // In the order contacts were added (keyset on the id): an export of 100,000 reads each row once.
            long after = 0;
            while (true) {
                List<Contact> page = contacts.after(query, region, after, PAGE);
                page.forEach(c -> sink.accept(columns.contact(c.details())));
                contacts.clear();
                if (page.size() < PAGE) {
                    return;
                }
                after = page.get(page.size() - 1).getId();
            }
        });
    }

    public void outlets(Format format, OutputStream out) {
        Columns columns = new Columns();
        write(format, out, Columns.headers(Columns.OUTLET), sink -> {
            for (int first = 0; ; first += PAGE) {
                List<Outlet> page = outlets.all(first, PAGE);
                page.forEach(o -> sink.accept(columns.outlet(o.details())));
                if (page.size() < PAGE) {
                    return;
                }
            }
        });
    }

    private static void write(Format format, OutputStream out, List<String> headers, Consumer<Consumer<List<String>>> rows) {
        try {
            if (format == Format.XLSX) {
                xlsx(out, headers, rows);
            } else {
                CsvOut csv = CsvOut.on(out);
                csv.row(headers);
                rows.accept(csv::row);
                csv.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void xlsx(OutputStream out, List<String> headers, Consumer<Consumer<List<String>>> rows) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet sheet = wb.createSheet("Relance");
            int[] r = {0};
            Consumer<List<String>> line = values -> {
                Row row = sheet.createRow(r[0]++);
                for (int i = 0; i < values.size(); i++) {
                    if (values.get(i) != null) {
                        row.createCell(i).setCellValue(values.get(i));
                    }
                }
            };
            line.accept(headers);
            rows.accept(line);
            wb.write(out);
            wb.dispose();
        }
    }
}
