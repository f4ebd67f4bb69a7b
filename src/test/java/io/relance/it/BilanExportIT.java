package io.relance.it;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.relance.it.Agencies.id;
import static io.relance.it.Agencies.number;
import static io.relance.it.Deployments.appUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo festival's bilan downloaded as PDF, workbook and CSV, opened as a reader's software
 * would, with the numbers of the bilan's own API; the PDF given to the client holds no phone, email
 * or note; another agency gets 404 and a stagiaire 403; the bilan page's buttons answer files.
 */
@ExtendWith(ArquillianExtension.class)
class BilanExportIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Pattern TITLE = Pattern.compile("\"title\"\\s*:\\s*\"([^\"]+)\"");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.relance();
    }

    @Test
    void theChefDownloadsTheFestivalsBilanWithTheBilansNumbers() throws Exception {
        String chef = Tokens.accessToken("chef@agence-demo.fr", RoleAccessIT.PASSWORD);
        long festival = festival(chef);
        String base = "/api/campaigns/" + festival + "/bilan";
        String json = Tokens.get(base, chef).body();
        String total = json.substring(json.indexOf("\"total\""));
        long enrolled = number(total, "enrolled");
        long attempts = number(total, "attempts");
        long pickUps = number(total, "pickUps");
        assertTrue(enrolled > 0 && attempts > 0, "the demo festival was followed up: " + json);
        List<String> titles = titles(Tokens.get("/api/campaigns/" + festival + "/coverage", chef).body());
        assertTrue(titles.size() >= 3, "the demo coverage: " + titles);

        HttpResponse<byte[]> pdf = Tokens.download(base + ".pdf", chef);
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("")
                .matches("attachment; filename=\"bilan-soiree-presse-du-festival[a-z0-9-]*-\\d{4}-\\d\\d-\\d\\d\\.pdf\""),
                pdf.headers().map().toString());
        String text = pdfText(pdf.body());
        for (String expected : new String[]{"Agence Démo", "Soirée presse du Festival Jazz en Seine", "Bilan final",
                "Contacts relancés " + enrolled, "Appels " + attempts,
                "Décroches (" + number(total, "pickUpRate") + " %) " + pickUps, "Oui " + number(total, "yes"),
                "Non " + number(total, "no"), "Plus tard " + number(total, "later"),
                "Inscriptions / décisions " + (number(total, "registered") + number(total, "decisions")),
                "Retombées " + titles.size(), "Total " + attempts + " " + pickUps}) {
            assertTrue(text.contains(expected), expected + " in the PDF:\n" + text);
        }
        String flat = text.replaceAll("\\s+", "");
        titles.forEach(t -> assertTrue(flat.contains(t.replaceAll("\\s+", "")), t + " in the PDF"));
        assertNoContactDetails(chef, text);

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(download(base + ".xlsx", chef, XLSX)))) {
            Sheet summary = wb.getSheet("Synthèse");
            assertEquals(enrolled, count(value(summary, "Contacts relancés")));
            assertEquals(attempts, count(value(summary, "Appels")));
            assertEquals(pickUps, count(value(summary, "Décroches")));
            assertEquals(number(total, "yes"), count(value(summary, "Oui")));
            assertEquals(number(total, "nonPrioritaires"), count(value(summary, "Non prioritaires")));
            assertEquals(titles.size(), count(value(summary, "Retombées")));
            Sheet contacts = wb.getSheet("Par contact");
            assertEquals(enrolled + 1, contacts.getLastRowNum(), "a header, each contact, the totals");
            assertEquals(attempts, column(contacts, 4, 1, (int) enrolled), "the contacts' calls add up to the bilan's");
            assertEquals(pickUps, column(contacts, 5, 1, (int) enrolled));
            Sheet callers = wb.getSheet("Par appelant");
            assertEquals(attempts, column(callers, 2, 1, callers.getLastRowNum()), "the callers' calls add up too");
            List<String> covered = new ArrayList<>();
            wb.getSheet("Retombées").forEach(r -> covered.add(r.getCell(1).getStringCellValue()));
            assertTrue(covered.containsAll(titles), covered.toString());
        }

        String csv = new String(download(base + ".csv", chef, "text/csv"), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF"), "a BOM, as the contacts export");
        List<CSVRecord> lines = CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new StringReader(csv.substring(1))).getRecords();
        assertEquals("Nom", lines.get(0).get(0));
        // the totals close the contacts; the agency's evidence on follow-ups comes after them (issue 19)
        CSVRecord totals = lines.get((int) enrolled + 1);
        assertEquals(List.of("Total", "", "", "", String.valueOf(attempts), String.valueOf(pickUps), ""), totals.toList());
        assertTrue(lines.stream().anyMatch(r -> "Tous".equals(r.get(0)) && "Appelées".equals(r.get(1))), "the evidence's lines follow");

        HttpResponse<byte[]> english = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(appUrl() + base + ".pdf"))
                .header("Authorization", "Bearer " + chef).header("Accept-Language", "en-GB,en;q=0.8").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertTrue(pdfText(english.body()).contains("Calls " + attempts), "in the reader's language");
    }

    @Test
    void anotherAgencyGets404AndAStagiaire403() throws Exception {
        long festival = festival(Tokens.accessToken("chef@agence-demo.fr", RoleAccessIT.PASSWORD));
        String other = ContactsIT.newAgency("bilan-voisin");
        String stagiaire = Tokens.accessToken("stagiaire@agence-demo.fr", RoleAccessIT.PASSWORD);
        for (String ext : new String[]{"pdf", "xlsx", "csv"}) {
            String path = "/api/campaigns/" + festival + "/bilan." + ext;
            assertEquals(404, Tokens.download(path, other).statusCode(), "another agency's directeur, " + ext);
            assertEquals(403, Tokens.download(path, stagiaire).statusCode(), "a stagiaire, " + ext);
        }
        assertEquals(404, Tokens.download("/api/campaigns/" + festival + "/bilan.docx",
                Tokens.accessToken("chef@agence-demo.fr", RoleAccessIT.PASSWORD)).statusCode(), "no other format");
    }

    @Test
    void theBilanPageButtonsDownloadTheFiles() throws Exception {
        long festival = festival(Tokens.accessToken("chef@agence-demo.fr", RoleAccessIT.PASSWORD));
        WebSession browser = new WebSession();
        browser.login(appUrl() + "/app/home", "chef@agence-demo.fr", RoleAccessIT.PASSWORD);
        HttpResponse<String> page = browser.get(appUrl() + "/app/campagnes/bilan.xhtml?id=" + festival);
        assertEquals(200, page.statusCode());
        HttpResponse<String> pdf = browser.submit(page, "bilan", "bilan:export-pdf", Map.of());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""), WebSession.text(pdf));
        assertTrue(pdf.body().startsWith("%PDF-"));
        HttpResponse<String> csv = browser.submit(browser.get(page.uri().toString()), "bilan", "bilan:export-csv", Map.of());
        assertTrue(csv.body().startsWith("\uFEFFNom;Média;Appelant"), csv.body().substring(0, Math.min(200, csv.body().length())));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains(".csv"));
    }

    /** The demo agency's one finished campaign: the festival. */
    static long festival(String chef) throws Exception {
        String campaigns = Tokens.get("/api/campaigns?status=DONE", chef).body();
        return id(campaigns.substring(campaigns.indexOf("\"rows\"")));
    }

    /** Not one demo contact's phone or email, nor a note, in what the client will read. */
    private static void assertNoContactDetails(String chef, String text) throws Exception {
        String contacts = Tokens.get("/api/contacts?size=200", chef).body();
        String digits = text.replaceAll("[\\s.\\-]", "");
        Matcher phone = Pattern.compile("\"(?:mobile|landline)\"\\s*:\\s*\"\\+(\\d+)\"").matcher(contacts);
        int phones = 0;
        while (phone.find()) {
            String national = phone.group(1).substring(phone.group(1).length() - 9);
            assertFalse(digits.contains(national), "phone " + phone.group(1) + " in the PDF");
            phones++;
        }
        Matcher email = Pattern.compile("\"email\"\\s*:\\s*\"([^\"]+)\"").matcher(contacts);
        int emails = 0;
        while (email.find()) {
            assertFalse(text.contains(email.group(1)), email.group(1) + " in the PDF");
            emails++;
        }
        assertTrue(phones >= 18 && emails >= 18, "the demo address book was read: " + phones + " phones, " + emails + " emails");
        // notes of the demo address book (DemoAddressBook), plain and confidential
        assertFalse(text.contains("Préfère un mail avant l'appel"));
        assertFalse(text.contains("Ami du fondateur du client Nova"));
    }

    private static byte[] download(String path, String token, String type) throws Exception {
        HttpResponse<byte[]> file = Tokens.download(path, token);
        assertEquals(200, file.statusCode(), path);
        assertTrue(file.headers().firstValue("Content-Type").orElse("").startsWith(type), file.headers().map().toString());
        return file.body();
    }

    private static String pdfText(byte[] bytes) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(pdf).replace('\u00a0', ' ');
        }
    }

    private static List<String> titles(String json) {
        List<String> titles = new ArrayList<>();
        Matcher m = TITLE.matcher(json);
        while (m.find()) {
            titles.add(m.group(1));
        }
        return titles;
    }

    private static Cell value(Sheet summary, String label) {
        for (Row row : summary) {
            if (row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue())) {
                return row.getCell(1);
            }
        }
        throw new AssertionError(label + " not in the summary");
    }

    private static long count(Cell cell) {
        assertEquals(CellType.NUMERIC, cell.getCellType(), "a number, not text");
        return Math.round(cell.getNumericCellValue());
    }

    private static long column(Sheet sheet, int column, int from, int to) {
        long sum = 0;
        for (int r = from; r <= to; r++) {
            sum += count(sheet.getRow(r).getCell(column));
        }
        return sum;
    }
}
