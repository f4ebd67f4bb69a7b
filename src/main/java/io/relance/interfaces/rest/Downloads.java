package io.relance.interfaces.rest;

import io.relance.application.imports.ExportService;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.time.LocalDate;

/** File answers: the right type and a dated file name. */
final class Downloads {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {
    }

    static Response file(StreamingOutput body, String name, ExportService.Format format) {
        String ext = format == ExportService.Format.XLSX ? "xlsx" : "csv";
        return file(body, name + "-" + LocalDate.now() + "." + ext,
                format == ExportService.Format.XLSX ? XLSX : "text/csv; charset=UTF-8");
    }

    /** {@code fileName} must be plain ASCII without quotes: it goes into the header as it is. */
    static Response file(StreamingOutput body, String fileName, String contentType) {
        return Response.ok(body, contentType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }
}
