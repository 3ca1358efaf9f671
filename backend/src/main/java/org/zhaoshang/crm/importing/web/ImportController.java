package org.zhaoshang.crm.importing.web;

import io.swagger.v3.oas.annotations.Operation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhaoshang.crm.importing.api.ImportField;
import org.zhaoshang.crm.importing.api.ImportOptions;
import org.zhaoshang.crm.importing.api.ImportReport;
import org.zhaoshang.crm.importing.run.ImportProgress;
import org.zhaoshang.crm.importing.run.LeadImporter;
import org.zhaoshang.crm.importing.run.SavedMappings;
import org.zhaoshang.crm.importing.sheet.Sheet;
import org.zhaoshang.crm.importing.sheet.SheetReader;
import org.zhaoshang.crm.lead.api.value.PlannedInvestment;
import org.zhaoshang.crm.lead.api.value.StagePolicy;
import org.zhaoshang.crm.messaging.CurrentCaller;
import org.zhaoshang.crm.shared.api.FieldViolation;
import org.zhaoshang.crm.shared.api.InvalidInputException;
import org.zhaoshang.crm.shared.api.Violations;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Imports of a bureau's sheets: {@code POST /api/imports} with the file (multipart part {@code file}), a dry run
 * unless {@code apply=true}; the columns are recognised from their headers unless {@code mapping} (JSON: header to
 * field) or a saved mapping ({@code savedMapping}) says otherwise; {@code rate=USD=7.12} for each foreign currency;
 * {@code stagePolicy} (AS_RECORDED by default, HIGHEST_SUPPORTED, STRICT) for rows whose stage lacks its gates' data.
 * {@code bareNumbersInYuan=true} when the sheet's amounts without a unit are in 元 (not 万元).
 * The answer is the report, row by row. Saved mappings: {@code GET /api/imports/mappings},
 * {@code PUT /api/imports/mappings/{name}}.
 */
@RestController
@RequestMapping("/api/imports")
public class ImportController {

    private static final TypeReference<LinkedHashMap<String, ImportField>> MAPPING = new TypeReference<>() {
    };
    static final int MAX_MAPPING_BYTES = 512 * 1024;

    private final LeadImporter importer;
    private final SavedMappings savedMappings;
    private final CurrentCaller caller;
    private final ObjectMapper json;

    public ImportController(LeadImporter importer, SavedMappings savedMappings, CurrentCaller caller,
                            ObjectMapper json) {
        this.importer = importer;
        this.savedMappings = savedMappings;
        this.caller = caller;
        this.json = json;
    }

    @Operation(operationId = "importLeads", summary = "Import leads from a CSV or Excel sheet (or check it without importing)")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ImportReport importSheet(@RequestPart(value = "file", required = false) MultipartFile file,
                                    @RequestParam(defaultValue = "false") boolean apply,
                                    @RequestParam(required = false) String mapping,
                                    @RequestParam(required = false) String savedMapping,
                                    @RequestParam(required = false) List<String> rate,
                                    @RequestParam(required = false) StagePolicy stagePolicy,
                                    @RequestParam(defaultValue = "false") boolean bareNumbersInYuan)
            throws IOException {
        LeadImporter.requireImporter(caller.caller());
        if (file == null || file.isEmpty()) {
            throw invalid("file", "required", "send the sheet as the multipart part \"file\"");
        }
        Map<String, ImportField> columns = new HashMap<>();
        if (savedMapping != null) {
            columns.putAll(savedMappings.find(savedMapping).orElseThrow(
                    () -> invalid("savedMapping", "unknown", "no mapping is saved under this name")));
        }
        if (mapping != null) {
            columns.putAll(parseMapping(mapping));
        }
        ImportOptions options = new ImportOptions(columns, rates(rate), stagePolicy, bareNumbersInYuan);
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        Sheet sheet;
        try (InputStream content = file.getInputStream()) {
            sheet = SheetReader.read(name, content);
        }
        return importer.run(name, sheet, options, apply, ImportProgress.NONE);
    }

    @Operation(operationId = "listImportMappings", summary = "The saved column mappings of imports")
    @GetMapping("/mappings")
    public Map<String, Map<String, ImportField>> mappings() {
        LeadImporter.requireImporter(caller.caller());
        return savedMappings.all();
    }

    /** The body is read up to {@link #MAX_MAPPING_BYTES}: a mapping is small, whatever is sent. */
    @Operation(operationId = "saveImportMapping", summary = "Save a column mapping for imports")
    @PutMapping("/mappings/{name}")
    public Map<String, ImportField> saveMapping(@PathVariable String name, HttpServletRequest request)
            throws IOException {
        LeadImporter.requireImporter(caller.caller());
        byte[] body = request.getContentLengthLong() > MAX_MAPPING_BYTES ? new byte[MAX_MAPPING_BYTES + 1]
                      : request.getInputStream().readNBytes(MAX_MAPPING_BYTES + 1);
        if (body.length > MAX_MAPPING_BYTES) {
            throw invalid("mapping", "too-large", "a mapping has at most " + MAX_MAPPING_BYTES / 1024 + " KB");
        }
        Map<String, ImportField> mapping = parseMapping(new String(body, StandardCharsets.UTF_8));
        savedMappings.save(name, mapping, caller.caller().id());
        return mapping;
    }

    private Map<String, ImportField> parseMapping(String mapping) {
        Map<String, ImportField> parsed;
        try {
            parsed = json.readValue(mapping, MAPPING);
        } catch (JsonProcessingException unreadable) {
            String fields = String.join(", ", java.util.Arrays.stream(ImportField.values()).map(Enum::name).toList());
            if (unreadable instanceof JsonMappingException field && field.getPath().size() == 1
                && field.getPath().get(0).getFieldName() != null) {
                throw invalid(field.getPath().get(0).getFieldName(), "type", "must be one of " + fields);
            }
            throw invalid("mapping", "json", "must be a JSON object of header to field (" + fields + ")");
        }
        if (parsed == null) {
            throw invalid("mapping", "json", "must be a JSON object of header to field");
        }
        SavedMappings.check(parsed);
        return parsed;
    }

    /** USD=7.12, HKD=0.91 …: CNY per unit of each foreign currency. */
    private static Map<String, BigDecimal> rates(List<String> given) {
        Map<String, BigDecimal> rates = new HashMap<>();
        for (String pair : given == null ? List.<String>of() : given) {
            String[] parts = pair.split("=", 2);
            try {
                String number = parts[1].strip();
                if (number.length() > Violations.MAX_DIGITS + 2) {
                    throw new NumberFormatException("too long");
                }
                BigDecimal value = new BigDecimal(number);
                new Violations().positiveAtMost("rate", value, PlannedInvestment.MAX_RATE_TO_CNY).throwIfAny();
                rates.put(parts[0].strip().toUpperCase(Locale.ROOT), value);
            } catch (ArrayIndexOutOfBoundsException | NumberFormatException malformed) {
                throw invalid("rate", "format", "\"" + pair + "\" is no rate: write it as USD=7.12");
            }
        }
        return rates;
    }

    private static InvalidInputException invalid(String field, String rule, String message) {
        return new InvalidInputException(List.of(new FieldViolation(field, rule, message)));
    }
}
