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
        return Response.ok(body, format == ExportService.Format.XLSX ? XLSX : "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "-" + LocalDate.now() + "." + ext + "\"")
                .build();
    }
}
