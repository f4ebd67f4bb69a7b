package io.relance.interfaces.web.contacts;

import io.relance.application.common.Refused;
import io.relance.application.imports.ImportSummary;
import io.relance.interfaces.web.session.PageModel;
import io.relance.application.imports.ImportFiles;
import io.relance.application.imports.ImportService;
import io.relance.application.imports.SpooledPlan;
import io.relance.application.imports.ReportText;
import io.relance.application.imports.Upload;
import io.relance.domain.imports.ColumnMapping;
import io.relance.domain.imports.DuplicatePolicy;
import io.relance.domain.imports.ImportField;
import io.relance.domain.imports.ImportMapping;
import io.relance.domain.imports.ImportMode;
import io.relance.domain.imports.ImportTarget;
import io.relance.domain.imports.PlannedRow;
import io.relance.domain.imports.ValueChoices;
import io.relance.domain.imports.ValueReview;
import io.relance.domain.imports.Vocabulary;
import io.relance.interfaces.web.session.Messages;
import io.relance.interfaces.web.session.Refusals;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The import wizard: upload → map the columns → preview every line → import with a progress bar →
 * the report. Nothing is written before "Importer". The file waits on disk, not in this view (which
 * holds its path, header, samples, mapping and the plan's totals), and the preview reads a page at
 * a time from the plan spooled to disk.
 */
@Named
@ViewScoped
public class ImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Step {
        UPLOAD, MAPPING, PREVIEW, RUNNING
    }

    @Inject
    ImportService imports;

    private Step step = Step.UPLOAD;
    private ImportTarget target = ImportTarget.CONTACTS;
    private transient UploadedFile file;
    private Upload upload;
    private List<ColumnChoice> columns = new ArrayList<>();
    /** What the person decided for values of choice columns (issue 18), carried with the mapping. */
    private ValueChoices choices = ValueChoices.none();
    private List<ValueReview> reviews = List.of();
    private List<List<ValueRow>> valueRows = List.of();
    private Long savedMapping;
    private boolean saveMapping;
    private String mappingName;
    private DuplicatePolicy policy = DuplicatePolicy.SKIP;
    private ImportMode mode = ImportMode.VALID_ROWS;
    /** The plan on disk: this view holds its paths and totals, the table reads a page of it at a time. */
    private SpooledPlan plan;
    private String show = "ALL";
    private Long reportId;
    private transient PageModel<ImportSummary> history; // built by its getter: see PageModel
    private transient PageModel<PlannedRow> preview;

    /** The view is gone (left, timed out): so are its file and plan, unless an import now owns them. */
    @jakarta.annotation.PreDestroy
    void discard() {
        if (step != Step.RUNNING) {
            letGo();
        }
    }

    private void letGo() {
        if (plan != null) {
            plan.delete();
        }
        if (upload != null) {
            ImportFiles.delete(upload.table().path());
        }
        plan = null;
        upload = null;
    }

    public PageModel<ImportSummary> getHistory() {
        if (history == null) {
            history = new PageModel<>(imports::reports, imports::countReports, ImportSummary::id);
        }
        return history;
    }

    public void read() {
        if (file == null || file.getSize() == 0) {
            Messages.error("upload:file", "import.file.required");
            return;
        }
        try {
            letGo();
            imports.mayImport();
            Path received;
            try (InputStream in = file.getInputStream()) {
                received = ImportFiles.receive(in, file.getSize());
            }
            try {
                upload = imports.read(file.getFileName(), received, target);
            } catch (RuntimeException e) {
                ImportFiles.delete(received); // refused before it was read: nothing left behind
                throw e;
            }
            columns = columns(upload.mapping());
            choices = upload.mapping().values();
            mappingName = upload.mappingName();
            step = Step.MAPPING;
            if (upload.mappingName() != null) {
                Messages.info("import.mapping.applied", upload.mappingName());
            }
        } catch (Refused e) {
            Refusals.show(e, "upload");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void applySaved() {
        if (filesGone()) {
            return;
        }
        imports.mappings(target).stream().filter(m -> m.getId().equals(savedMapping)).findFirst().ifPresent(m -> {
            ColumnMapping saved = m.applyTo(upload.table().headers(), target);
            columns = columns(saved);
            choices = saved.values();
            mappingName = m.getName();
        });
    }

    public void preview() {
        if (filesGone()) {
            return;
        }
        try {
            ColumnMapping mapping = mapping();
            if (saveMapping) {
                save(mapping);
                Messages.info("import.mapping.saved", mappingName);
            }
            ImportService.Preview preview = imports.preview(upload, mapping, policy); // one reading of the file for both
            replace(preview.plan());
            reviews = preview.values();
            rows();
            step = Step.PREVIEW;
        } catch (Refused e) {
            Refusals.show(e, "mapping");
        }
    }

    public void replan() {
        if (filesGone()) {
            return;
        }
        replace(imports.plan(upload, mapping(), policy));
    }

    /**
     * A value's choice changed on the preview: remembered, and every line planned again; the list
     * of values is the same (the file was read for it once), only their decisions change.
     */
    public void choose(ValueRow row) {
        if (filesGone()) {
            return;
        }
        choices = choices.with(row.getField(), row.getText(), row.isToChoose() ? null : row.getSelected());
        replan();
        reviews = reviews.stream().map(r -> r.decidedBy(choices)).toList();
        rows();
    }

    /** What a choice column's value may become, labelled in the viewer's language. */
    public List<SelectItem> options(ImportField field) {
        java.util.Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        List<SelectItem> items = new ArrayList<>();
        items.add(new SelectItem("", Messages.text("import.values.toChoose")));
        Vocabulary.options(field).forEach(code -> items.add(new SelectItem(code, ValueRow.label(field, code, locale))));
        items.add(new SelectItem(ValueChoices.EMPTY, Messages.text("import.values.EMPTY")));
        items.add(new SelectItem(ValueChoices.REJECT, Messages.text("import.values.REJECT")));
        return items;
    }

    /** The fields a column that fills none may be kept into: tags (the target's), or a contact's notes. */
    public List<ImportField> getKeeps() {
        return target == ImportTarget.OUTLETS ? List.of(ImportField.OUTLET_TOPICS) : List.of(ImportField.TOPICS, ImportField.NOTES);
    }

    private void rows() {
        valueRows = reviews.stream().map(r -> r.values().stream().map(v -> new ValueRow(r.field(), v)).toList()).toList();
    }

    private void save(ColumnMapping mapping) {
        imports.saveMapping(target, mappingName, mapping.byHeader(upload.table().headers()), mapping.keptByHeader(), choices);
    }

    private void replace(SpooledPlan next) {
        if (plan != null) {
            plan.delete();
        }
        plan = next;
        firstPage();
    }

    /** Another filter or another plan: the table starts again at its first page. */
    public void firstPage() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getViewRoot().findComponent("preview:rows") instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public void start() {
        if (filesGone()) {
            return;
        }
        if (saveMapping) {
            save(mapping()); // with the values chosen on the preview
        }
        reportId = imports.start(upload, plan, mode, policy, FacesContext.getCurrentInstance().getViewRoot().getLocale());
        step = Step.RUNNING;
    }

    /**
     * The uploaded file or its plan is no longer on this node's disk: the previous step ran on a node
     * that died or was redeployed, and no folder is shared between the nodes. Said plainly, and the
     * wizard starts again at the upload (nothing was imported: the import only starts from a full plan).
     */
    private boolean filesGone() {
        boolean gone = upload == null || !ImportFiles.present(upload.table().path())
                || step == Step.PREVIEW && (plan == null || !plan.present());
        if (gone) {
            Messages.error(null, "import.file.gone");
            restart();
        }
        return gone;
    }

    public int getProgress() {
        if (reportId == null) {
            return 0;
        }
        int percent = imports.progress(reportId);
        return percent < 0 ? 100 : percent;
    }

    public void finished() throws IOException {
        upload = null; // deleted by the import itself
        plan = null;
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                + "/app/contacts/report.xhtml?id=" + reportId);
    }

    public void restart() {
        step = Step.UPLOAD;
        letGo();
        columns = new ArrayList<>();
        choices = ValueChoices.none();
        reviews = List.of();
        valueRows = List.of();
        saveMapping = false;
    }

    /** The preview's lines, all or only those the user looks at, a page at a time from the plan on disk. */
    public PageModel<PlannedRow> getRows() {
        if (preview == null) {
            preview = new PageModel<>((first, size) -> plan == null || !plan.present() ? List.of() : plan.page(shown(), first, size),
                    () -> plan == null ? 0 : plan.count(shown()), PlannedRow::line);
        }
        return preview;
    }

    private SpooledPlan.Show shown() {
        try {
            return SpooledPlan.Show.valueOf(show);
        } catch (IllegalArgumentException | NullPointerException e) {
            return SpooledPlan.Show.ALL;
        }
    }

    public String detail(PlannedRow row) {
        return new ReportText(FacesContext.getCurrentInstance().getViewRoot().getLocale()).detail(row);
    }

    /** Totals by action name (EL looks maps up by string). */
    public Map<String, Integer> getCounts() {
        Map<String, Integer> counts = new java.util.HashMap<>();
        if (plan != null) {
            plan.countsByAction().forEach((action, n) -> counts.put(action.name(), n));
            counts.put("WARN", plan.warned());
        }
        return counts;
    }

    public List<ImportField> getFields() {
        return ImportField.forTarget(target);
    }

    public List<ImportMapping> getSavedMappings() {
        return imports.mappings(target);
    }

    private ColumnMapping mapping() {
        Map<ImportField, Integer> chosen = new EnumMap<>(ImportField.class);
        Map<Integer, ColumnMapping.Kept> kept = new java.util.TreeMap<>();
        for (ColumnChoice c : columns) {
            if (c.getField() != null && chosen.putIfAbsent(c.getField(), c.getIndex()) != null) {
                throw new Refused("mapping", "import.mapping.twice");
            }
            if (c.getField() == null && c.getKeep() != null) {
                kept.put(c.getIndex(), new ColumnMapping.Kept(c.getHeader(), c.getKeep()));
            }
        }
        return ColumnMapping.of(chosen).keeping(kept).withValues(choices);
    }

    private List<ColumnChoice> columns(ColumnMapping mapping) {
        List<ColumnChoice> list = new ArrayList<>();
        List<String> headers = upload.table().headers();
        for (int i = 0; i < headers.size(); i++) {
            ColumnChoice choice = new ColumnChoice(i, headers.get(i), upload.samples().get(i), mapping.fieldOf(i).orElse(null));
            ColumnMapping.Kept kept = mapping.kept().get(i);
            choice.setKeep(kept == null ? null : kept.into());
            list.add(choice);
        }
        return list;
    }

    public Step getStep() { return step; }
    public ImportTarget getTarget() { return target; }
    public void setTarget(ImportTarget target) { this.target = target; }
    public ImportTarget[] getTargets() { return ImportTarget.values(); }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
    public Upload getUpload() { return upload; }
    public List<ColumnChoice> getColumns() { return columns; }
    public Long getSavedMapping() { return savedMapping; }
    public void setSavedMapping(Long savedMapping) { this.savedMapping = savedMapping; }
    public boolean isSaveMapping() { return saveMapping; }
    public void setSaveMapping(boolean saveMapping) { this.saveMapping = saveMapping; }
    public String getMappingName() { return mappingName; }
    public void setMappingName(String mappingName) { this.mappingName = mappingName; }
    public DuplicatePolicy getPolicy() { return policy; }
    public void setPolicy(DuplicatePolicy policy) { this.policy = policy; }
    public DuplicatePolicy[] getPolicies() { return DuplicatePolicy.values(); }
    public ImportMode getMode() { return mode; }
    public void setMode(ImportMode mode) { this.mode = mode; }
    public ImportMode[] getModes() { return ImportMode.values(); }
    public String getShow() { return show; }
    public void setShow(String show) { this.show = show; }
    public SpooledPlan getPlan() { return plan; }
    public Long getReportId() { return reportId; }
    public List<ValueReview> getReviews() { return reviews; }
    /** The value rows of the review at this index (the page iterates reviews by index). */
    public List<ValueRow> valueRows(int review) { return valueRows.get(review); }
}
