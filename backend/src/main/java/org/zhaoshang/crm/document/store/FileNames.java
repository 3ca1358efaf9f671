package org.zhaoshang.crm.document.store;

import org.zhaoshang.crm.document.api.FileType;
import org.zhaoshang.crm.shared.api.Violations;

import java.util.Locale;

/**
 * A document's name as it is kept and offered for download: the last segment of what the browser sent, without
 * control characters nor the ones that turn text around ("photo\u202Egpj.exe"), at most 200 characters, ending with
 * the extension of its checked type (an HTML page named .pdf is refused; a PDF named .html is kept as .html.pdf, so
 * that a downloaded copy opens as what it is).
 */
final class FileNames {

    private static final String FALLBACK = "document";

    private FileNames() {
    }

    static String of(String uploaded, FileType type) {
        String name = uploaded == null ? "" : uploaded;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder();
        name.codePoints().filter(FileNames::allowed).forEach(kept::appendCodePoint);
        name = kept.toString().strip();
        String extension = "." + type.extension();
        if (!name.toLowerCase(Locale.ROOT).endsWith(extension)
            && !(type == FileType.JPEG && name.toLowerCase(Locale.ROOT).endsWith(".jpeg"))) {
            name = (name.isEmpty() || name.equals(".") || name.equals("..") ? FALLBACK : name) + extension;
        }
        if (name.length() > Violations.MAX_NAME_LENGTH) {
            name = name.substring(0, Violations.MAX_NAME_LENGTH - extension.length()) + extension;
        }
        return name;
    }

    private static boolean allowed(int codePoint) {
        int type = Character.getType(codePoint);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE
               && type != Character.PRIVATE_USE && type != Character.UNASSIGNED
               && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR;
    }
}
