package io.relance.interfaces.web.contacts;

import io.relance.application.common.Bounds;
import io.relance.application.imports.ImportService;
import io.relance.application.imports.ImportSummary;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;

/** The agency's past imports, newest first, one page at a time. */
public class ImportHistoryModel extends LazyDataModel<ImportSummary> {

    private final transient ImportService imports;

    public ImportHistoryModel(ImportService imports) {
        this.imports = imports;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) imports.countReports();
    }

    @Override
    public List<ImportSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return imports.reports(Bounds.first(first), Bounds.size(pageSize));
    }

    @Override
    public String getRowKey(ImportSummary report) {
        return String.valueOf(report.id());
    }

    @Override
    public ImportSummary getRowData(String rowKey) {
        return null;
    }
}
