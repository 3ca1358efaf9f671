package org.zhaoshang.crm.importing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import org.zhaoshang.crm.importing.sheet.Sheet;
import org.zhaoshang.crm.importing.sheet.SheetReader;
import org.zhaoshang.crm.shared.api.InvalidInputException;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** The import's first step: one .xlsx or .csv, read as it streams in; hands on the sheet read, or why it was refused. */
class SheetUpload extends Upload {

    private final BiConsumer<String, Sheet> read;
    private final Consumer<InvalidInputException> refused;

    SheetUpload(BiConsumer<String, Sheet> read, Consumer<InvalidInputException> refused, Consumer<String> rejected) {
        this.read = read;
        this.refused = refused;
        setAcceptedFileTypes(".xlsx", ".csv", "text/csv",
                             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        setMaxFileSize(SheetReader.MAX_BYTES);
        setMaxFiles(1);
        setDropLabel(new Span(getTranslation("import.drop")));
        UploadI18N words = new UploadI18N();
        words.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.choose")));
        words.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import.drop")));
        words.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("rule.file.too-large"))
                                             .setIncorrectFileType(getTranslation("rule.file.type"))
                                             .setTooManyFiles(getTranslation("import.oneFile")));
        setI18n(words);
        addFileRejectedListener(rejection -> rejected.accept(getTranslation("import.file.rejected",
                                                                            rejection.getErrorMessage())));
        setUploadHandler(this::uploaded);
    }

    /**
     * An upload arrives (on the request's thread, without the session's lock): read as it streams in, at most
     * {@link SheetReader#MAX_BYTES} of it (the browser's own check of the size is no limit for a crafted request).
     * A file refused before its end stops the upload: the rest is not read.
     */
    void uploaded(UploadEvent event) throws IOException {
        String name = event.getFileName();
        UI ui = event.getUI();
        InputStream content = event.getInputStream();
        boolean unread;
        try {
            Sheet sheet = SheetReader.read(name, content);
            ImportView.access(ui, () -> read.accept(name, sheet));
            return;
        } catch (InvalidInputException refusal) {
            ImportView.access(ui, () -> refused.accept(refusal));
            unread = content.read() != -1;
        } finally {
            content.close();
        }
        if (unread) {
            throw new IOException("upload refused before its end: the rest is not read");
        }
    }

    /** A file arrived whole (tests): read it, or say why not. */
    void received(String name, byte[] content) {
        try {
            read.accept(name, SheetReader.read(name, content));
        } catch (InvalidInputException refusal) {
            refused.accept(refusal);
        }
    }
}
