package org.zhaoshang.crm.building.importing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhaoshang.crm.importing.sheet.Sheet;
import org.zhaoshang.crm.importing.sheet.SheetReader;
import org.zhaoshang.crm.messaging.CurrentCaller;
import org.zhaoshang.crm.shared.api.FieldViolation;
import org.zhaoshang.crm.shared.api.InvalidInputException;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * {@code POST /api/imports/buildings?sheet=units|tax&dryRun=true} with the sheet (multipart part {@code file}, .xlsx
 * or .csv): a dry run unless {@code dryRun=false}, as the lead import; managers only (asked before anything is read,
 * so the mapping takes any content type: a request without the file is a 400 for a manager, a 403 for the others).
 * The answer is the report, row by row; a sheet with a refused row changes nothing.
 */
@RestController
public class BuildingImportController {

    private final BuildingImporter importer;
    private final CurrentCaller caller;

    public BuildingImportController(BuildingImporter importer, CurrentCaller caller) {
        this.importer = importer;
        this.caller = caller;
    }

    @Operation(operationId = "importBuildings",
               summary = "Import buildings and units (sheet=units) or the tax bureau's tax by building (sheet=tax) "
                         + "from a CSV or Excel sheet, or check it without importing (dryRun, the default)")
    @PostMapping("/api/imports/buildings")
    public BuildingImportReport importBuildings(
            @RequestPart(value = "file", required = false) MultipartFile file,
            @Parameter(description = "units or tax") @RequestParam(required = false) String sheet,
            @Parameter(description = "true (the default): decide every row, change nothing")
            @RequestParam(defaultValue = "true") boolean dryRun) throws IOException {
        BuildingImporter.requireImporter(caller.caller());
        if (sheet == null || sheet.isBlank()) {
            throw invalid("sheet", "required", "say which sheet it is: units or tax");
        }
        if (file == null || file.isEmpty()) {
            throw invalid("file", "required", "send the sheet as the multipart part \"file\"");
        }
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        Sheet read;
        try (InputStream content = file.getInputStream()) {
            read = SheetReader.read(name, content);
        }
        return importer.run(name, sheet.strip().toLowerCase(java.util.Locale.ROOT), read, !dryRun);
    }

    private static InvalidInputException invalid(String field, String rule, String message) {
        return new InvalidInputException(List.of(new FieldViolation(field, rule, message)));
    }
}
